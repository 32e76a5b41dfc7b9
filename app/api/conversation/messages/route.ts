import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { jsonList } from "@/lib/http/responses";
import { listMessages } from "@/lib/messages/list";
import { messagesInput } from "@/lib/messages/schemas";

// Messages of a conversation, oldest first; paged when `limit` is given (reference: "Get messages").
const messages = apiRoute({ input: messagesInput }, async ({ viewer, input }) => {
  const { messages, nextCursor } = await listMessages({ viewer, ...input });
  return jsonList("messages", messages, nextCursor === undefined ? {} : { nextCursor });
});

export const { GET, POST, PUT, PATCH, DELETE } = methods({ GET: messages, POST: messages });
