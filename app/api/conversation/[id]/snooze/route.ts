import { conversationIdParams, snoozeSpec } from "@/lib/conversations/schemas";
import { snoozeUntil } from "@/lib/conversations/snooze";
import { updateConversation } from "@/lib/conversations/update";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { jsonData } from "@/lib/http/responses";

// Snoozes a conversation until a time or until its contact writes (PUT), or wakes it (DELETE):
// answered with the conversation as it now is.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  PUT: apiRoute({ params: conversationIdParams, input: snoozeSpec }, async ({ viewer, params, input }) => {
    const until = await snoozeUntil(viewer.organizationId, input);
    return jsonData(await updateConversation({ viewer, conversationId: params.id, changes: { snooze: { until } } }));
  }),
  DELETE: apiRoute({ params: conversationIdParams }, async ({ viewer, params }) =>
    jsonData(await updateConversation({ viewer, conversationId: params.id, changes: { snooze: false } })),
  ),
});
