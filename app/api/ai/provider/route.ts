import { getProvider, removeProvider, saveProvider } from "@/lib/ai/provider";
import { modelProviderInput } from "@/lib/ai/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";

// The organization's model provider: anyone reads whether there is one (AI controls say so when
// not); admins set and remove it. The API key is never read back.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute({}, async ({ viewer }) => ({ data: await getProvider(viewer.organizationId) })),
  PUT: apiRoute({ input: modelProviderInput }, async ({ viewer, input }) => ({
    data: await saveProvider(viewer, input),
  })),
  DELETE: apiRoute({}, async ({ viewer }) => {
    await removeProvider(viewer);
    return { message: "Model provider removed" };
  }),
});
