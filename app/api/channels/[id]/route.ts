import { removeConnection, updateConnection } from "@/lib/connections/connections";
import { connectionJson } from "@/lib/connections/json";
import { connectionChangeInput } from "@/lib/connections/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { expectedOrigin } from "@/lib/http/same-site";
import { idParams } from "@/lib/schemas";

// Rename, disable / enable, replace a secret; or remove the connection.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  PATCH: apiRoute({ params: idParams, input: connectionChangeInput }, async ({ viewer, params, input, request }) => ({
    data: connectionJson(await updateConnection(viewer, params.id, input), expectedOrigin(request)),
  })),
  DELETE: apiRoute({ params: idParams }, async ({ viewer, params }) => {
    await removeConnection(viewer, params.id);
    return { message: "Channel connection removed" };
  }),
});
