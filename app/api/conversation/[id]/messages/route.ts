import { conversationIdParams } from "@/lib/conversations/schemas";
import { ApiError } from "@/lib/http/api-error";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { jsonData } from "@/lib/http/responses";
import { replyInput } from "@/lib/messages/schemas";
import { sendReply } from "@/lib/outbox/send-reply";

// Sends the viewer's reply into the conversation through its channel's provider. An
// Idempotency-Key header makes a retried request return the first one's message, sent once.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: apiRoute({ params: conversationIdParams, input: replyInput }, async ({ viewer, params, input, request }) => {
    const idempotencyKey = request.headers.get("idempotency-key") ?? undefined;
    if (idempotencyKey !== undefined && !/^[\x21-\x7e]{1,255}$/.test(idempotencyKey)) {
      throw new ApiError("bad_request", "Idempotency-Key: 1 to 255 visible ASCII characters");
    }
    const { json, replayed } = await sendReply({ viewer, conversationId: params.id, ...input, idempotencyKey });
    const response = jsonData(json, 201);
    if (replayed) response.headers.set("idempotent-replayed", "true");
    return response;
  }),
});
