import { apiRoute } from "@/lib/http/api-route";
import { json, methodNotAllowed } from "@/lib/http/responses";
import { serializeApiToken } from "@/lib/serializers/people";
import { createApiToken, listApiTokens } from "@/lib/services/api-tokens";
import { createTokenInput } from "@/lib/validation/inbox";

// The viewer's own personal API tokens. The token itself is in the creation response only.
export const GET = apiRoute({}, async ({ viewer }) => ({
  tokens: (await listApiTokens(viewer)).map(serializeApiToken),
}));

export const POST = apiRoute({ input: createTokenInput }, async ({ viewer, input }) => {
  const { token, record } = await createApiToken({ userId: viewer.userId, name: input.name });
  return json({ token, data: serializeApiToken(record) }, 201);
});

export const PUT = methodNotAllowed(["GET", "POST"]);
export const PATCH = PUT;
export const DELETE = PUT;
