import { createLeadSource, listLeadSources } from "@/lib/ai/leads";
import { createLeadSourceInput } from "@/lib/ai/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";

// Lead sources (managers and admins): where leads come from and what is done with each.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute({}, async ({ viewer }) => ({ leadSources: await listLeadSources(viewer) })),
  POST: apiRoute({ input: createLeadSourceInput }, async ({ viewer, input }) => ({
    data: await createLeadSource(viewer, input),
  })),
});
