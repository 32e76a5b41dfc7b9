import { conversationIdParams } from "@/lib/conversations/schemas";
import { exportConversation, exportQuery } from "@/lib/exports/conversation";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";

// A manager downloads a conversation: ?format=json (the API's objects), text (a transcript) or csv.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute({ params: conversationIdParams, input: exportQuery }, async ({ viewer, params, input, request }) =>
    exportConversation(viewer, params.id, input.format, request.signal),
  ),
});
