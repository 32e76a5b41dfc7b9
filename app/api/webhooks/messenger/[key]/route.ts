import { authenticatedRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { handleMessengerEvents, verifiedMessengerRequest, verifySubscription } from "@/lib/inbound/messenger";

// Meta calls this for a connected Page: GET to verify the subscription, POST with events.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: authenticatedRoute({}, verifySubscription, async ({ auth }) => auth),
  POST: authenticatedRoute({}, verifiedMessengerRequest, async ({ auth }) => {
    await handleMessengerEvents(auth);
    return new Response("EVENT_RECEIVED", { headers: { "content-type": "text/plain" } });
  }),
});
