import { apiRoute } from "@/lib/http/api-route";
import { json, methodNotAllowed } from "@/lib/http/responses";
import { serializeMessage } from "@/lib/serializers/message";
import { sendReply } from "@/lib/services/send-reply";
import { conversationIdParams } from "@/lib/validation/conversation";
import { replyInput } from "@/lib/validation/inbox";

// Sends the viewer's reply into the conversation through its channel's provider.
export const POST = apiRoute({ params: conversationIdParams, input: replyInput }, async ({ viewer, params, input }) => {
  const message = await sendReply({ viewer, conversationId: params.id, body: input.body });
  return json({ data: serializeMessage(message) }, 201);
});

export const GET = methodNotAllowed(["POST"]);
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
