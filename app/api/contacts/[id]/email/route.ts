import { startEmailInput } from "@/lib/contacts/schemas";
import { startEmailConversation } from "@/lib/conversations/start";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { jsonData } from "@/lib/http/responses";
import { idParams } from "@/lib/schemas";

// Starts an email conversation with the contact: a draft owned by the caller until its first
// message is sent (POST /api/conversation/:id/messages).
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: apiRoute({ params: idParams, input: startEmailInput }, async ({ viewer, params, input }) =>
    jsonData(await startEmailConversation(viewer, params.id, input), 201),
  ),
});
