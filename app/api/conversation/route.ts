import { deleteConversation } from "@/lib/conversations/delete";
import { conversationIdInput } from "@/lib/conversations/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";

// Deletes a conversation and all its messages; the id comes in the body, as in the reference.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  DELETE: apiRoute({ input: conversationIdInput }, async ({ viewer, input }) => {
    await deleteConversation({ viewer, conversationId: input.conversationId });
    return { message: "Conversation cleared successfully" };
  }),
});
