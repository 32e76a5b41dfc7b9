import { apiRoute } from "@/lib/http/api-route";
import { methodNotAllowed } from "@/lib/http/responses";
import { serializeUser } from "@/lib/serializers/people";
import { listOrganizationUsers } from "@/lib/services/users";

// The organization's users with their number of open assigned conversations.
export const GET = apiRoute({}, async ({ viewer }) => ({
  users: (await listOrganizationUsers(viewer)).map(serializeUser),
}));

export const POST = methodNotAllowed(["GET"]);
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
