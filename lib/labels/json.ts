import { z } from "zod";
import { jsonDate, jsonId } from "@/lib/schemas";

// A label as the API answers it, and as a conversation carries it (lib/conversations/json.ts).

export const labelRefJsonSchema = z.strictObject({ _id: jsonId, name: z.string(), color: z.string() });
export type LabelRefJson = z.infer<typeof labelRefJsonSchema>;

export const labelJsonSchema = z.strictObject({
  ...labelRefJsonSchema.shape,
  /** How many conversations carry it: only when the list is asked `?counts=true` (Settings → Labels). */
  conversationCount: z.number().int().optional(),
  createdAt: jsonDate,
  updatedAt: jsonDate,
});
export type LabelJson = z.infer<typeof labelJsonSchema>;
