import { apiRoute } from "@/lib/http/api-route";
import { methodNotAllowed } from "@/lib/http/responses";
import { revokeApiToken } from "@/lib/services/api-tokens";
import { idParams } from "@/lib/validation/common";

// Revokes one of the viewer's tokens; it stops working at once.
export const DELETE = apiRoute({ params: idParams }, async ({ viewer, params }) => {
  await revokeApiToken({ viewer, tokenId: params.id });
  return { message: "API token revoked" };
});

export const GET = methodNotAllowed(["DELETE"]);
export const POST = GET;
export const PUT = GET;
export const PATCH = GET;
