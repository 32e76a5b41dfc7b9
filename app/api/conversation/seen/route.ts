import { apiRoute } from "@/lib/http/api-route";
import { methodNotAllowed } from "@/lib/http/responses";
import { markConversationSeen } from "@/lib/services/seen-state";
import { conversationIdInput } from "@/lib/validation/conversation";

// Marks a conversation seen for the viewer only (what opening it in the inbox does).
export const POST = apiRoute({ input: conversationIdInput }, async ({ viewer, input }) => {
  await markConversationSeen({ viewer, conversationId: input.conversationId });
  return { message: "Conversation updated successfully." };
});

export const GET = methodNotAllowed(["POST"]);
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
