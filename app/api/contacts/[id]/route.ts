import { contactJson } from "@/lib/contacts/json";
import { getContact } from "@/lib/contacts/read";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { idParams } from "@/lib/schemas";

// One contact, with how many of its conversations the viewer can access on each channel.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute({ params: idParams }, async ({ viewer, params }) => ({
    data: contactJson(await getContact({ viewer, contactId: params.id })),
  })),
});
