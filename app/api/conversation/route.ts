import { apiRoute } from "@/lib/http/api-route";
import { methodNotAllowed } from "@/lib/http/responses";
import { deleteConversation } from "@/lib/services/delete-conversation";
import { conversationIdInput } from "@/lib/validation/conversation";

// Deletes a conversation and all its messages; the id comes in the body, as in the reference.
export const DELETE = apiRoute({ input: conversationIdInput }, async ({ viewer, input }) => {
  await deleteConversation({ viewer, conversationId: input.conversationId });
  return { message: "Conversation cleared successfully" };
});

export const GET = methodNotAllowed(["DELETE"]);
export const POST = GET;
export const PUT = GET;
export const PATCH = GET;
