import { z } from "zod";
import { jsonDate, jsonId } from "@/lib/schemas";

// A contact in the API's conventions: `_id`, nulls never missing, ISO dates.

export const contactJsonSchema = z.strictObject({
  _id: jsonId,
  fullName: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  facebookId: z.string().nullable(),
  /** What a process extracted (or a person set), by field name: { "firstName": "Dana" }. */
  attributes: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  createdAt: jsonDate,
  /** One contact's answer only: how many of its conversations the viewer can access, by channel. */
  conversationCounts: z.record(z.string(), z.number().int()).optional(),
});
export type ContactJson = z.infer<typeof contactJsonSchema>;

export function contactJson(contact: {
  id: string;
  fullName: string;
  phone: string | null;
  email: string | null;
  facebookId: string | null;
  attributes?: unknown;
  createdAt: Date;
  conversationCounts?: Record<string, number>;
}): ContactJson {
  return {
    _id: contact.id,
    fullName: contact.fullName,
    phone: contact.phone,
    email: contact.email,
    facebookId: contact.facebookId,
    // What a process extracted (or a person set), by field name: { "firstName": "Dana" }.
    attributes: (contact.attributes && typeof contact.attributes === "object" && !Array.isArray(contact.attributes)
      ? contact.attributes
      : {}) as Record<string, string | number | boolean>,
    createdAt: contact.createdAt.toISOString(),
    ...(contact.conversationCounts && { conversationCounts: contact.conversationCounts }),
  };
}
