import { organizationJson } from "@/lib/accounts/json";
import { getOrganization, updateOrganization } from "@/lib/accounts/organization";
import { updateOrganizationInput } from "@/lib/accounts/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";

// The viewer's organization: anyone in it reads its name and time zone; admins change them.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute({}, async ({ viewer }) => ({ data: organizationJson(await getOrganization(viewer)) })),
  PATCH: apiRoute({ input: updateOrganizationInput }, async ({ viewer, input }) => ({
    data: organizationJson(await updateOrganization(viewer, input)),
  })),
});
