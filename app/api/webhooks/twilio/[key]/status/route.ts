import { authenticatedRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { applyTwilioStatus, verifiedTwilioRequest } from "@/lib/inbound/twilio";

// Twilio posts the delivery status of a message we sent here (its StatusCallback).
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: authenticatedRoute({}, verifiedTwilioRequest, async ({ auth }) => {
    await applyTwilioStatus(auth);
    return new Response(null, { status: 204 });
  }),
});
