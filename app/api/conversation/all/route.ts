import { apiRoute } from "@/lib/http/api-route";
import { jsonText, methodNotAllowed } from "@/lib/http/responses";
import { jsonList } from "@/lib/serializers/sql";
import { listContactConversations } from "@/lib/services/conversations";
import { conversationsByContactInput } from "@/lib/validation/conversation";

// Conversations of one contact on one channel (reference: "Get conversations by contact").
const handler = apiRoute({ input: conversationsByContactInput }, async ({ viewer, input }) => {
  const conversations = await listContactConversations({ viewer, ...input });
  return jsonText(jsonList("conversations", conversations));
});

export const GET = handler;
export const POST = handler;
export const PUT = methodNotAllowed(["GET", "POST"]);
export const PATCH = PUT;
export const DELETE = PUT;
