import { listActivity } from "@/lib/activity/activity";
import { activityQuery } from "@/lib/activity/schemas";
import { conversationIdParams } from "@/lib/conversations/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";

// The conversation's activity trail, newest first: who assigned, resolved, snoozed… and when.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute({ params: conversationIdParams, input: activityQuery }, async ({ viewer, params, input }) =>
    listActivity(viewer, params.id, input),
  ),
});
