import { apiRoute } from "@/lib/http/api-route";
import { methodNotAllowed } from "@/lib/http/responses";
import { serializeContact } from "@/lib/serializers/people";
import { listContacts } from "@/lib/services/contacts";
import { contactsQuery } from "@/lib/validation/inbox";

export const GET = apiRoute({ input: contactsQuery }, async ({ viewer, input }) => {
  const { contacts, nextCursor } = await listContacts({ viewer, ...input });
  return { contacts: contacts.map(serializeContact), nextCursor };
});

export const POST = methodNotAllowed(["GET"]);
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
