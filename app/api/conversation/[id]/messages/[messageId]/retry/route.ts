import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { jsonData } from "@/lib/http/responses";
import { messageIdParams } from "@/lib/messages/schemas";
import { retryReply } from "@/lib/outbox/send-reply";

// Sends a reply the provider refused again; answers the message as it now stands (queued, or as
// the built-in provider left it).
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: apiRoute({ params: messageIdParams }, async ({ viewer, params }) =>
    jsonData(await retryReply({ viewer, conversationId: params.id, messageId: params.messageId })),
  ),
});
