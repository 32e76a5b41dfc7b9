import { z } from "zod";
import { channelTypes } from "@/lib/channel-types";
import { OBJECT_ID_PATTERN } from "@/lib/ids";

// Zod primitives every domain's input schemas share.

export const objectId = z
  .string({ error: (issue) => (issue.input === undefined ? "is required" : "must be a string") })
  .regex(OBJECT_ID_PATTERN, "must be a 24-character lowercase hexadecimal id");

export const channelType = z.enum(channelTypes, {
  error: (issue) => (issue.input === undefined ? "is required" : `must be one of ${channelTypes.join(", ")}`),
});

export const strictBoolean = z.boolean({
  error: (issue) => (issue.input === undefined ? "is required" : "must be true or false"),
});

/** An integer in [min, max], given as a JSON number or (in a query string) as digits. */
export function boundedInt(min: number, max: number) {
  return z
    .union([z.number(), z.string().regex(/^\d+$/).transform(Number)], {
      error: `must be an integer from ${min} to ${max}`,
    })
    .pipe(
      z
        .number()
        .int(`must be an integer from ${min} to ${max}`)
        .min(min, `must be an integer from ${min} to ${max}`)
        .max(max, `must be an integer from ${min} to ${max}`),
    );
}

export const idParams = z.object({ id: objectId });

/** A JSON object body; anything else (array, string, null) gets one clear message. */
export function body<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.object(shape, { error: "Request body must be a JSON object" });
}

/**
 * Text PostgreSQL can store as given, for every text field and query parameter: no U+0000 (text
 * and jsonb refuse it, which was a 500) and no lone surrogate halves (not Unicode: they would be
 * stored changed, as U+FFFD). Bounded, so that no field is unlimited.
 */
export function text(options: { max: number; min?: number; trim?: boolean }) {
  const base = z.string({ error: (issue) => (issue.input === undefined ? "is required" : "must be a string") });
  const trimmed = options.trim ? base.trim() : base;
  return (options.min ? trimmed.min(options.min, "must not be empty") : trimmed)
    .max(options.max, `at most ${options.max} characters`)
    .refine((value) => !value.includes("\u0000"), "must not contain the character U+0000")
    .refine((value) => value.isWellFormed(), "must be valid Unicode text");
}

// The primitives of the JSON we answer with (lib/<domain>/json.ts): ids and ISO dates as we write them.
export const jsonId = z
  .string()
  .regex(OBJECT_ID_PATTERN)
  .meta({ description: "An id: 24 lowercase hexadecimal digits.", example: "665f1c0a0000000000000101" });
export const jsonDate = z.iso
  .datetime({ precision: 3 })
  .meta({ description: "UTC, with milliseconds.", example: "2026-01-15T12:30:00.000Z" });

/** A log's next page: `?before=<the last entry's _id>`. */
export const beforeQuery = z.strictObject({ before: objectId.optional() });

/** A person on an email, as the API shows them (a message's `email`, a conversation's `participants`). */
export const emailPerson = z.strictObject({ email: z.string(), name: z.string() });
export type EmailPerson = z.infer<typeof emailPerson>;
