import { receivePublicRequest } from "@/lib/connections/webhook";
import { authenticatedRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";

// A webchat widget's visitor endpoints (lib/channels/webchat/api.ts): the channel checks the
// website's origin, the visitor's token and their rate limits itself.
const widget = authenticatedRoute({}, receivePublicRequest, async ({ auth }) => auth);

export const { GET, POST, PUT, PATCH, DELETE } = methods({ GET: widget, POST: widget });
export const OPTIONS = widget;
