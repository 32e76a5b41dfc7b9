import { conversationIdParams } from "@/lib/conversations/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { jsonData } from "@/lib/http/responses";
import { replyInput } from "@/lib/messages/schemas";
import { sendReply } from "@/lib/messages/send-reply";

// Sends the viewer's reply into the conversation through its channel's provider.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: apiRoute({ params: conversationIdParams, input: replyInput }, async ({ viewer, params, input }) =>
    jsonData(await sendReply({ viewer, conversationId: params.id, body: input.body }), 201),
  ),
});
