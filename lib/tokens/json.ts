import { z } from "zod";
import { jsonDate, jsonId } from "@/lib/schemas";

// A personal API token as listed: never the token itself, which only its creation answer carries.

export const apiTokenJsonSchema = z.strictObject({
  _id: jsonId,
  name: z.string(),
  prefix: z.string(),
  createdAt: jsonDate,
  lastUsedAt: jsonDate.nullable(),
  expiresAt: jsonDate.nullable(),
});
export type ApiTokenJson = z.infer<typeof apiTokenJsonSchema>;

export function apiTokenJson(token: {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
}): ApiTokenJson {
  return {
    _id: token.id,
    name: token.name,
    prefix: token.prefix,
    createdAt: token.createdAt.toISOString(),
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    expiresAt: token.expiresAt?.toISOString() ?? null,
  };
}
