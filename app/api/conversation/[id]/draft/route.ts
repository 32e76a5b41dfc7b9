import { conversationIdParams } from "@/lib/conversations/schemas";
import { draftInput, getDraft, saveDraft } from "@/lib/drafts/drafts";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";

// The viewer's unsent reply to a conversation: read it, save it (a blank body removes it; a save
// overtaken by a later one of the same composer is not applied), remove it.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute({ params: conversationIdParams }, async ({ viewer, params }) => ({
    data: await getDraft(viewer, params.id),
  })),
  PUT: apiRoute({ params: conversationIdParams, input: draftInput }, async ({ viewer, params, input }) => ({
    data: await saveDraft(viewer, params.id, input.body, input),
  })),
  DELETE: apiRoute({ params: conversationIdParams }, async ({ viewer, params }) => ({
    data: await saveDraft(viewer, params.id, ""),
  })),
});
