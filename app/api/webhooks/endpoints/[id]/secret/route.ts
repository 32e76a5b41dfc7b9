import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { idParams } from "@/lib/schemas";
import { rotateEndpointSecret } from "@/lib/webhooks/endpoints";

// A new signing secret, answered this once; the one before keeps signing, as a second signature, for 24 hours.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: apiRoute({ params: idParams }, async ({ viewer, params }) => rotateEndpointSecret(viewer, params.id)),
});
