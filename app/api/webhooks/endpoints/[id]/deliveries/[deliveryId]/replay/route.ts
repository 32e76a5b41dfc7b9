import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { replayDelivery } from "@/lib/webhooks/endpoints";
import { deliveryParams } from "@/lib/webhooks/schemas";

// Sends a delivery again: the same body and webhook-id, signed now (queued; its attempt joins the log).
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: apiRoute({ params: deliveryParams }, async ({ viewer, params }) => {
    await replayDelivery(viewer, params.id, params.deliveryId);
    return { message: "Replay queued" };
  }),
});
