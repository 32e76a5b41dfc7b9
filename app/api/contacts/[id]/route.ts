import { contactJson } from "@/lib/contacts/json";
import { getContact, updateContactAttributes } from "@/lib/contacts/read";
import { updateContactInput } from "@/lib/contacts/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { idParams } from "@/lib/schemas";

// One contact, with how many of its conversations the viewer can access on each channel; its
// attributes changed by whoever may read one of its conversations.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute({ params: idParams }, async ({ viewer, params }) => ({
    data: contactJson(await getContact({ viewer, contactId: params.id })),
  })),
  PATCH: apiRoute({ params: idParams, input: updateContactInput }, async ({ viewer, params, input }) => ({
    data: contactJson(await updateContactAttributes({ viewer, contactId: params.id, attributes: input.attributes })),
  })),
});
