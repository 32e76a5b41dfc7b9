import { apiRoute } from "@/lib/http/api-route";
import { methodNotAllowed } from "@/lib/http/responses";
import { updateConversation } from "@/lib/services/update-conversation";
import { conversationIdParams, resolveConversationInput } from "@/lib/validation/conversation";

export const PUT = apiRoute(
  { params: conversationIdParams, input: resolveConversationInput },
  async ({ viewer, params, input }) => {
    const conversation = await updateConversation({
      viewer,
      conversationId: params.id,
      changes: { isResolved: input.isResolved },
    });
    return {
      message: `Conversation ${input.isResolved ? "resolved" : "unresolved"} successfully`,
      data: {
        _id: conversation.id,
        isResolved: conversation.isResolved,
        resolvedAt: conversation.resolvedAt?.toISOString() ?? null,
      },
    };
  },
);

export const GET = methodNotAllowed(["PUT"]);
export const POST = GET;
export const PATCH = GET;
export const DELETE = GET;
