import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { userJson } from "@/lib/users/json";
import { listOrganizationUsers } from "@/lib/users/list";

// The organization's users with their number of open assigned conversations.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute({}, async ({ viewer }) => ({ users: (await listOrganizationUsers({ viewer })).map(userJson) })),
});
