import { conversationIdParams } from "@/lib/conversations/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { json } from "@/lib/http/responses";
import { receiveUpload, saveReplyUpload } from "@/lib/uploads/uploads";

// A file for the viewer's reply: the request's body is its bytes (`?name=` its name), checked
// against what the conversation's channel carries; sent by naming its id in the reply's `attachments`.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: apiRoute({ params: conversationIdParams }, async ({ viewer, params, request }) => {
    const saved = await receiveUpload(viewer, request, (file) => saveReplyUpload(viewer, params.id, file));
    return json({ data: saved }, 201);
  }),
});
