import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { objectId } from "@/lib/schemas";
import { replayDelivery } from "@/lib/webhooks/endpoints";

// Sends a delivery again: the same body and webhook-id, signed now (queued; its attempt joins the log).
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: apiRoute({ params: z.object({ id: objectId, deliveryId: objectId }) }, async ({ viewer, params }) => {
    await replayDelivery(viewer, params.id, params.deliveryId);
    return { message: "Replay queued" };
  }),
});
