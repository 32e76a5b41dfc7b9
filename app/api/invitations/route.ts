import { invite } from "@/lib/accounts/invitations";
import { invitationJson } from "@/lib/accounts/json";
import { inviteInput } from "@/lib/accounts/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { json } from "@/lib/http/responses";
import { expectedOrigin } from "@/lib/http/same-site";

// An admin invites an email with a role. `link` is set only without SMTP: shown this once.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: apiRoute({ input: inviteInput }, async ({ viewer, input, request }) => {
    const { invitation, link } = await invite(viewer, input, expectedOrigin(request));
    return json({ data: invitationJson(invitation), link }, 201);
  }),
});
