import { conversationIdParams, resolveConversationInput } from "@/lib/conversations/schemas";
import { resolveConversation } from "@/lib/conversations/update";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { jsonText } from "@/lib/http/responses";

// Resolves or reopens (reference: "Toggle resolve conversation").
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  PUT: apiRoute(
    { params: conversationIdParams, input: resolveConversationInput },
    async ({ viewer, params, input }) => {
      const data = await resolveConversation({ viewer, conversationId: params.id, isResolved: input.isResolved });
      const message = `Conversation ${input.isResolved ? "resolved" : "unresolved"} successfully`;
      return jsonText(`{"message":${JSON.stringify(message)},"data":${data}}`);
    },
  ),
});
