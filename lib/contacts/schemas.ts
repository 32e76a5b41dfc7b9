import { z } from "zod";
import { body, boundedInt, objectId, text } from "@/lib/schemas";

export const contactsQuery = z.object({
  q: text({ max: 100, trim: true }).optional(),
  cursor: text({ max: 200 }).optional(),
  limit: boundedInt(1, 100).default(50),
});

/** A contact attribute's name: letters and digits, as a variable can name it ({{contact.firstName}}). */
export const attributeName = z
  .string({ error: "must be a string" })
  .regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, "must start with a letter: letters, digits and _ only, at most 40");

/** An attribute's value: text, a number or true/false. */
export const attributeValue = z.union([text({ max: 500, trim: true }), z.number().finite(), z.boolean()], {
  error: "must be text (at most 500 characters), a number or true/false",
});

/** What a person changes of a contact's attributes: each named one set, or removed with null. */
export const updateContactInput = body({
  attributes: z
    .record(attributeName, attributeValue.nullable(), { error: "must be an object of attribute names and values" })
    .refine((attributes) => Object.keys(attributes).length <= 30, "at most 30 attributes at once"),
});

/** A new email conversation with the contact, a draft until its first message is sent. */
export const startEmailInput = body({
  subject: text({ min: 1, max: 500, trim: true }),
  /** The mailbox to write from; the organization's first when left out. */
  connectionId: objectId.optional(),
});
