import { apiRoute } from "@/lib/http/api-route";
import { methodNotAllowed } from "@/lib/http/responses";
import { markConversationUnseen } from "@/lib/services/seen-state";
import { conversationIdInput } from "@/lib/validation/conversation";

// Marks a conversation unseen for the viewer only.
export const POST = apiRoute({ input: conversationIdInput }, async ({ viewer, input }) => {
  await markConversationUnseen({ viewer, conversationId: input.conversationId });
  return { message: "Conversation updated successfully." };
});

export const GET = methodNotAllowed(["POST"]);
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
