import { conversationIdInput } from "@/lib/conversations/schemas";
import { markConversationUnseen } from "@/lib/conversations/seen";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";

// Marks a conversation unseen for the viewer only.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: apiRoute({ input: conversationIdInput }, async ({ viewer, input }) => {
    await markConversationUnseen({ viewer, conversationId: input.conversationId });
    return { message: "Conversation updated successfully." };
  }),
});
