import { contactJson } from "@/lib/contacts/json";
import { listContacts } from "@/lib/contacts/read";
import { contactsQuery } from "@/lib/contacts/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";

// The organization's contacts, searched by name, phone or email; keyset paged.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute({ input: contactsQuery }, async ({ viewer, input }) => {
    const { contacts, nextCursor } = await listContacts({ viewer, ...input });
    return { contacts: contacts.map(contactJson), nextCursor };
  }),
});
