import { apiRoute } from "@/lib/http/api-route";
import { methodNotAllowed } from "@/lib/http/responses";
import { serializeContact } from "@/lib/serializers/people";
import { getContact } from "@/lib/services/contacts";
import { idParams } from "@/lib/validation/common";

export const GET = apiRoute({ params: idParams }, async ({ viewer, params }) => ({
  data: serializeContact(await getContact({ viewer, contactId: params.id })),
}));

export const POST = methodNotAllowed(["GET"]);
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
