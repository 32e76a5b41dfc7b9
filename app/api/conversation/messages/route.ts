import { apiRoute } from "@/lib/http/api-route";
import { methodNotAllowed } from "@/lib/http/responses";
import { serializeMessage } from "@/lib/serializers/message";
import { listMessages } from "@/lib/services/messages";
import { messagesInput } from "@/lib/validation/conversation";

// Messages of a conversation, oldest first; paged when `limit` is given (reference: "Get messages").
const handler = apiRoute({ input: messagesInput }, async ({ viewer, input }) => {
  const { messages, nextCursor } = await listMessages({ viewer, ...input });
  const page = { messages: messages.map(serializeMessage) };
  return nextCursor === undefined ? page : { ...page, nextCursor };
});

export const GET = handler;
export const POST = handler;
export const PUT = methodNotAllowed(["GET", "POST"]);
export const PATCH = PUT;
export const DELETE = PUT;
