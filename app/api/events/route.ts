import { eventStream, eventsQuery } from "@/lib/events/stream";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";

// The viewer's live events, as server-sent events. A reconnecting client names the last event it
// had (the Last-Event-ID header browsers send, or ?lastEventId= for clients that cannot set one).

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute({ input: eventsQuery }, ({ request, viewer, input }) =>
    eventStream(request, viewer, request.headers.get("last-event-id")?.slice(0, 64) || input.lastEventId),
  ),
});
