import { revokeInvitation } from "@/lib/accounts/invitations";
import { invitationJson } from "@/lib/accounts/json";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { idParams } from "@/lib/schemas";

// An admin withdraws an invitation; its link stops working.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  DELETE: apiRoute({ params: idParams }, async ({ viewer, params }) => ({
    data: invitationJson(await revokeInvitation(viewer, params.id)),
  })),
});
