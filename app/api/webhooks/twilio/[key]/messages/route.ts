import { authenticatedRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { emptyTwiml, receiveTwilioMessage, verifiedTwilioRequest } from "@/lib/inbound/twilio";

// Twilio posts an incoming SMS/MMS here (the connection's "A message comes in" webhook).
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: authenticatedRoute({}, verifiedTwilioRequest, async ({ auth }) => {
    await receiveTwilioMessage(auth);
    return emptyTwiml();
  }),
});
