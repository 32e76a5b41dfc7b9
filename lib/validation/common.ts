import { z } from "zod";

export const OBJECT_ID_PATTERN = /^[0-9a-f]{24}$/;

export const objectId = z
  .string({ error: (issue) => (issue.input === undefined ? "is required" : "must be a string") })
  .regex(OBJECT_ID_PATTERN, "must be a 24-character lowercase hexadecimal id");

export const channelTypes = ["sms", "facebook", "webchat", "email"] as const;

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
