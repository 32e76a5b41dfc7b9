import { conversationIdParams } from "@/lib/conversations/schemas";
import { announcePresence, presenceInput } from "@/lib/events/presence";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";

// "I am looking at this thread" (or typing in it, or gone): sent to the others on it as a presence event.

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: apiRoute({ params: conversationIdParams, input: presenceInput }, async ({ viewer, params, input }) => {
    await announcePresence(viewer, params.id, input.state);
    return new Response(null, { status: 204 });
  }),
});
