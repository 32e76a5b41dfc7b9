import { sendAgain } from "@/lib/accounts/invitations";
import { invitationJson } from "@/lib/accounts/json";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { expectedOrigin } from "@/lib/http/same-site";
import { idParams } from "@/lib/schemas";

// Sends an invitation again with a new link (the previous one stops working): by email, or in
// `link` once when there is no SMTP.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: apiRoute({ params: idParams }, async ({ viewer, params, request }) => {
    const { invitation, link } = await sendAgain(viewer, params.id, expectedOrigin(request));
    return { data: invitationJson(invitation), link };
  }),
});
