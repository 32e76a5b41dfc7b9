import { listInvitations } from "@/lib/accounts/invitations";
import { invitationJson, personJson } from "@/lib/accounts/json";
import { listPeople } from "@/lib/accounts/people";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";

// The organization's people and open invitations: admins and managers.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute({}, async ({ viewer }) => {
    const [people, invitations] = await Promise.all([listPeople(viewer), listInvitations(viewer)]);
    return { people: people.map(personJson), invitations: invitations.map(invitationJson) };
  }),
});
