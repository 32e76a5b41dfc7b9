// A contact in the API's conventions: `_id`, nulls never missing, ISO dates.

export function contactJson(contact: {
  id: string;
  fullName: string;
  phone: string | null;
  email: string | null;
  facebookId: string | null;
  attributes?: unknown;
  createdAt: Date;
  conversationCounts?: Record<string, number>;
}) {
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

export type ContactJson = ReturnType<typeof contactJson>;
