import { createCannedReply, listCannedReplies } from "@/lib/canned/replies";
import { createCannedReplyInput } from "@/lib/canned/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";

// Canned replies: the organization's and the viewer's own, the most used first.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute({}, async ({ viewer }) => ({ cannedReplies: await listCannedReplies(viewer) })),
  POST: apiRoute({ input: createCannedReplyInput }, async ({ viewer, input }) => ({
    data: await createCannedReply(viewer, input),
  })),
});
