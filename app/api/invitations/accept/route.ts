import { acceptInvitation } from "@/lib/accounts/invitations";
import { acceptInvitationInput } from "@/lib/accounts/schemas";
import { publicRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { json } from "@/lib/http/responses";

// The invitee sets a name and password; the link works once. The page then signs them in.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: publicRoute({ input: acceptInvitationInput }, async ({ input }) => {
    const user = await acceptInvitation(input);
    return json({ data: { _id: user.id, email: user.email } }, 201);
  }),
});
