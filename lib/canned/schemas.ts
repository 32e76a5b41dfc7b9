import { z } from "zod";
import { text } from "@/lib/schemas";

// A canned reply as people write it: a shortcut (`/hours`), its text, and whose it is.

const error = "Request body must be a JSON object";

const shortcut = z
  .string({ error: (issue) => (issue.input === undefined ? "is required" : "must be a string") })
  .trim()
  .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/i, "must be letters, digits, - or _ (at most 40), as typed after /");

const shape = {
  shortcut,
  body: text({ min: 1, max: 5000, trim: true }),
};

export const createCannedReplyInput = z.strictObject(
  {
    ...shape,
    /** The organization's (managers and admins) or your own. */
    scope: z.enum(["organization", "personal"], { error: "must be organization or personal" }),
  },
  { error },
);
export type CreateCannedReplyInput = z.output<typeof createCannedReplyInput>;

export const updateCannedReplyInput = z
  .strictObject(shape, { error })
  .partial()
  .refine((change) => Object.keys(change).length > 0, "Send shortcut, body or both");
export type UpdateCannedReplyInput = z.output<typeof updateCannedReplyInput>;
