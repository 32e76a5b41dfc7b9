import { takeLead } from "@/lib/ai/leads";
import { leadInput } from "@/lib/ai/schemas";
import { bearerToken } from "@/lib/auth/bearer";
import { authenticatedRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { json } from "@/lib/http/responses";
import { organizationForInboundSecret } from "@/lib/inbound/receive";

// A new lead for outreach (the reference's outreach webhook), from a form or a CRM:
// Authorization: Bearer <organization's inbound secret>, as the inbound-message webhook.
// 201 with the new conversation; 200 with the same one when its Idempotency-Key was seen before.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: authenticatedRoute(
    { input: leadInput },
    (request) => organizationForInboundSecret(bearerToken(request)),
    async ({ auth, input, request }) => {
      const key = request.headers.get("idempotency-key")?.trim().slice(0, 200) || null;
      const taken = await takeLead(auth.id, input, key);
      return json({ data: taken }, taken.replayed ? 200 : 201);
    },
  ),
});
