import { z } from "zod";
import { labelColorNames, MAX_LABELS_PER_CONVERSATION } from "@/lib/labels/palette";
import { body, objectId, text } from "@/lib/schemas";

// What the label endpoints accept. Pure: the settings page validates with it too.

const name = text({ min: 1, max: 40, trim: true });
const color = z.enum(labelColorNames, { error: `must be one of ${labelColorNames.join(", ")}` });

export const createLabelInput = z.strictObject({ name, color }, { error: "Request body must be a JSON object" });
export type CreateLabelInput = z.output<typeof createLabelInput>;

export const updateLabelInput = z
  .strictObject({ name: name.optional(), color: color.optional() }, { error: "Request body must be a JSON object" })
  .refine((value) => value.name !== undefined || value.color !== undefined, "Send a name or a color to change");

/** `?counts=true`: each label with how many conversations carry it (a count of its index's range,
 *  so only the settings page asks; the pickers and the filter do not). */
export const labelsQuery = z.strictObject({
  counts: z
    .enum(["true", "false"], { error: "must be true or false" })
    .optional()
    .transform((value) => value === "true"),
});

export const labelIds = z
  .array(objectId, { error: "must be an array of label ids" })
  .max(MAX_LABELS_PER_CONVERSATION, `at most ${MAX_LABELS_PER_CONVERSATION} labels`)
  .transform((ids) => [...new Set(ids)]);

/** A conversation's labels, all of them: what the picker sends when one is ticked or unticked. */
export const conversationLabelsInput = body({ labelIds });
