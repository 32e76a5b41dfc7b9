import { setConversationLabels } from "@/lib/conversations/labels";
import { conversationIdParams } from "@/lib/conversations/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { jsonData } from "@/lib/http/responses";
import { conversationLabelsInput } from "@/lib/labels/schemas";

// A conversation's labels, all of them: answered with the conversation as it now is.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  PUT: apiRoute({ params: conversationIdParams, input: conversationLabelsInput }, async ({ viewer, params, input }) =>
    jsonData(await setConversationLabels(viewer, params.id, input.labelIds)),
  ),
});
