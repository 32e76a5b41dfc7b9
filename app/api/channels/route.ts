import { connect, listConnections } from "@/lib/connections/connections";
import { connectionJson } from "@/lib/connections/json";
import { connectInput } from "@/lib/connections/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { json } from "@/lib/http/responses";
import { expectedOrigin } from "@/lib/http/same-site";

// The organization's channel connections (admins). Secrets go in, and never come back out.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute({}, async ({ viewer, request }) => ({
    channels: (await listConnections(viewer)).map((c) => connectionJson(c, expectedOrigin(request))),
  })),
  POST: apiRoute({ input: connectInput }, async ({ viewer, input, request }) =>
    json({ data: connectionJson(await connect(viewer, input), expectedOrigin(request)) }, 201),
  ),
});
