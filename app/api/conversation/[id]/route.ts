import { getConversation } from "@/lib/conversations/read";
import { conversationIdParams, updateConversationInput } from "@/lib/conversations/schemas";
import { updateConversation } from "@/lib/conversations/update";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { jsonData } from "@/lib/http/responses";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute({ params: conversationIdParams }, async ({ viewer, params }) =>
    jsonData(await getConversation({ viewer, conversationId: params.id })),
  ),
  PUT: apiRoute({ params: conversationIdParams, input: updateConversationInput }, async ({ viewer, params, input }) => {
    const { __v: expectedVersion, ...changes } = input;
    return jsonData(await updateConversation({ viewer, conversationId: params.id, changes, expectedVersion }));
  }),
});
