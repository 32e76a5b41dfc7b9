import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { beforeQuery, idParams } from "@/lib/schemas";
import { listDeliveries } from "@/lib/webhooks/endpoints";

// An endpoint's delivery log, newest first, each with its latest attempts: ?before=<next> pages on.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute({ params: idParams, input: beforeQuery }, async ({ viewer, params, input }) =>
    listDeliveries(viewer, params.id, input.before),
  ),
});
