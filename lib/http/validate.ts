import type { z } from "zod";
import { ApiError } from "@/lib/http/api-error";

/**
 * The value parsed by `schema`, or a 400 naming every problem: `{ message, errors: [{ path,
 * message }] }`. An unknown field (a settings body is strict, so a typo is never dropped) is named
 * as its own path.
 */
export function validate<Schema extends z.ZodType>(schema: Schema, value: unknown, prefix = ""): z.output<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const at = (path: PropertyKey[]) => [prefix, ...path.map(String)].filter(Boolean).join(".");
  const errors = result.error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({ path: at([...issue.path, key]), message: "is not a field this takes" }))
      : [{ path: at(issue.path), message: issue.message }],
  );
  const first = errors[0];
  const summary = first ? (first.path ? `${first.path}: ${first.message}` : first.message) : "Invalid request";
  throw new ApiError("bad_request", summary, errors);
}
