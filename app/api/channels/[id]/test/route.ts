import { testConnection } from "@/lib/connections/connections";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { idParams } from "@/lib/schemas";

// Tries the connection's credentials against the provider: `{ ok, message }`.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: apiRoute({ params: idParams }, async ({ viewer, params }) => testConnection(viewer, params.id)),
});
