import { conversationIdInput } from "@/lib/conversations/schemas";
import { markConversationSeen } from "@/lib/conversations/seen";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";

// Marks a conversation seen for the viewer only (what opening it in the inbox does).
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: apiRoute({ input: conversationIdInput }, async ({ viewer, input }) => {
    await markConversationSeen({ viewer, conversationId: input.conversationId });
    return { message: "Conversation updated successfully." };
  }),
});
