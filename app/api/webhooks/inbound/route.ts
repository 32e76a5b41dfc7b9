import { bearerToken } from "@/lib/auth/bearer";
import { authenticatedRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { json } from "@/lib/http/responses";
import { organizationForInboundSecret, receiveInboundMessage } from "@/lib/inbound/receive";
import { inboundMessageInput } from "@/lib/inbound/schemas";

// A channel provider delivers a contact's message: Authorization: Bearer <organization's inbound secret>.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: authenticatedRoute(
    { input: inboundMessageInput },
    (request) => organizationForInboundSecret(bearerToken(request)),
    async ({ auth, input }) =>
      json({ data: await receiveInboundMessage({ organizationId: auth.id, inbound: input }) }, 201),
  ),
});
