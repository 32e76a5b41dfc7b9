import { receiveWebhook } from "@/lib/connections/webhook";
import { authenticatedRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";

// Every channel provider's webhooks (lib/channels/<provider>/): Twilio's messages and status,
// Meta's handshake and events, … Each verifies its own signature before anything is read.
const webhook = authenticatedRoute({}, receiveWebhook, async ({ auth }) => auth);

export const { GET, POST, PUT, PATCH, DELETE } = methods({ GET: webhook, POST: webhook });
