import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { idParams } from "@/lib/schemas";
import { deleteEndpoint, updateEndpoint } from "@/lib/webhooks/endpoints";
import { updateWebhookEndpointInput } from "@/lib/webhooks/schemas";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  PATCH: apiRoute({ params: idParams, input: updateWebhookEndpointInput }, async ({ viewer, params, input }) => ({
    data: await updateEndpoint(viewer, params.id, input),
  })),
  DELETE: apiRoute({ params: idParams }, async ({ viewer, params }) => {
    await deleteEndpoint(viewer, params.id);
    return { message: "Webhook endpoint deleted" };
  }),
});
