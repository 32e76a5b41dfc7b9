import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { idParams } from "@/lib/schemas";
import { revokeApiToken } from "@/lib/tokens/api-tokens";

// Revokes one of the viewer's tokens; it stops working at once.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  DELETE: apiRoute({ params: idParams }, async ({ viewer, params }) => {
    await revokeApiToken({ viewer, tokenId: params.id });
    return { message: "API token revoked" };
  }),
});
