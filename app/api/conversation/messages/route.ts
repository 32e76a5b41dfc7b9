import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { jsonListStream } from "@/lib/http/responses";
import { listMessages } from "@/lib/messages/list";
import { messagesInput } from "@/lib/messages/schemas";

// Messages of a conversation, oldest first, streamed; paged when `limit` is given (reference: "Get messages").
const messages = apiRoute({ input: messagesInput }, async ({ request, viewer, input }) => {
  const { batches, nextCursor, done } = await listMessages({ viewer, ...input });
  const rest = nextCursor === undefined ? {} : { nextCursor };
  return jsonListStream({ key: "messages", batches, rest, done, signal: request.signal });
});

export const { GET, POST, PUT, PATCH, DELETE } = methods({ GET: messages, POST: messages });
