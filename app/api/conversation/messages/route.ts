import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { jsonList, jsonListStream } from "@/lib/http/responses";
import { listMessagesPage, streamMessages } from "@/lib/messages/list";
import { messagesInput } from "@/lib/messages/schemas";

// Messages of a conversation, oldest first (reference: "Get messages"): a page when `limit` is
// given, else the whole thread, streamed.
const messages = apiRoute({ input: messagesInput }, async ({ request, viewer, input }) => {
  const { limit, ...options } = input;
  if (limit !== undefined) {
    const { messages, nextCursor } = await listMessagesPage({ viewer, ...options, limit });
    return jsonList("messages", messages, { nextCursor });
  }
  const { batches, nextCursor, done } = await streamMessages({ viewer, ...options });
  const rest = nextCursor === undefined ? {} : { nextCursor };
  return jsonListStream({ key: "messages", batches, rest, done, signal: request.signal });
});

export const { GET, POST, PUT, PATCH, DELETE } = methods({ GET: messages, POST: messages });
