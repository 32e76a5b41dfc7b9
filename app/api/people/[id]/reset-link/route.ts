import { adminResetLink } from "@/lib/accounts/passwords";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { expectedOrigin } from "@/lib/http/same-site";
import { idParams } from "@/lib/schemas";

// An admin makes a password reset link for someone, to pass on by hand; shown only in this answer.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: apiRoute({ params: idParams }, async ({ viewer, params, request }) =>
    adminResetLink(viewer, params.id, expectedOrigin(request)),
  ),
});
