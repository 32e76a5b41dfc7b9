import { conversationIdParams } from "@/lib/conversations/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { json } from "@/lib/http/responses";
import { cannedUploadsInput } from "@/lib/uploads/schemas";
import { copyCannedUploads } from "@/lib/uploads/uploads";

// A canned reply's files, copied as the viewer's files for their reply in this conversation.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: apiRoute({ params: conversationIdParams, input: cannedUploadsInput }, async ({ viewer, params, input }) =>
    json({ uploads: await copyCannedUploads(viewer, params.id, input.cannedReplyId) }, 201),
  ),
});
