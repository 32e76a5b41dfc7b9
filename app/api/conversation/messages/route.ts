import { apiRoute } from "@/lib/http/api-route";
import { jsonText, methodNotAllowed } from "@/lib/http/responses";
import { jsonList } from "@/lib/serializers/sql";
import { listMessages } from "@/lib/services/messages";
import { messagesInput } from "@/lib/validation/conversation";

// Messages of a conversation, oldest first; paged when `limit` is given (reference: "Get messages").
const handler = apiRoute({ input: messagesInput }, async ({ viewer, input }) => {
  const { messages, nextCursor } = await listMessages({ viewer, ...input });
  return jsonText(jsonList("messages", messages, nextCursor === undefined ? {} : { nextCursor }));
});

export const GET = handler;
export const POST = handler;
export const PUT = methodNotAllowed(["GET", "POST"]);
export const PATCH = PUT;
export const DELETE = PUT;
