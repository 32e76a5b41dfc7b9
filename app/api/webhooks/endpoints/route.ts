import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { createEndpoint, listEndpoints } from "@/lib/webhooks/endpoints";
import { webhookEndpointInput } from "@/lib/webhooks/schemas";

// Integrators' webhook endpoints (admins). A new one answers its signing secret once.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute({}, async ({ viewer }) => ({ endpoints: await listEndpoints(viewer) })),
  POST: apiRoute({ input: webhookEndpointInput }, async ({ viewer, input }) => createEndpoint(viewer, input)),
});
