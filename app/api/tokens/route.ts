import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { json } from "@/lib/http/responses";
import { createApiToken, listApiTokens } from "@/lib/tokens/api-tokens";
import { apiTokenJson } from "@/lib/tokens/json";
import { createTokenInput } from "@/lib/tokens/schemas";

// The viewer's own personal API tokens. The token itself is in the creation response only.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute({}, async ({ viewer }) => ({ tokens: (await listApiTokens({ viewer })).map(apiTokenJson) })),
  POST: apiRoute({ input: createTokenInput }, async ({ viewer, input }) => {
    const { token, record } = await createApiToken({ userId: viewer.userId, name: input.name });
    return json({ token, data: apiTokenJson(record) }, 201);
  }),
});
