import { listContactConversations } from "@/lib/conversations/read";
import { conversationsByContactInput } from "@/lib/conversations/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { jsonList } from "@/lib/http/responses";

// Conversations of one contact on one channel (reference: "Get conversations by contact").
const byContact = apiRoute({ input: conversationsByContactInput }, async ({ viewer, input }) =>
  jsonList("conversations", await listContactConversations({ viewer, ...input })),
);

export const { GET, POST, PUT, PATCH, DELETE } = methods({ GET: byContact, POST: byContact });
