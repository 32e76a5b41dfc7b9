import { apiRoute } from "@/lib/http/api-route";
import { jsonText, methodNotAllowed } from "@/lib/http/responses";
import { serializeConversation } from "@/lib/serializers/conversation";
import { getConversation } from "@/lib/services/conversations";
import { updateConversation } from "@/lib/services/update-conversation";
import { conversationIdParams, updateConversationInput } from "@/lib/validation/conversation";

export const GET = apiRoute({ params: conversationIdParams }, async ({ viewer, params }) => {
  return jsonText(`{"data":${await getConversation({ viewer, conversationId: params.id })}}`);
});

export const PUT = apiRoute(
  { params: conversationIdParams, input: updateConversationInput },
  async ({ viewer, params, input }) => {
    const { __v: expectedVersion, ...changes } = input;
    const conversation = await updateConversation({ viewer, conversationId: params.id, changes, expectedVersion });
    return { data: serializeConversation(conversation) };
  },
);

export const POST = methodNotAllowed(["GET", "PUT"]);
export const PATCH = POST;
export const DELETE = POST;
