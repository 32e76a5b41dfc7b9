import { apiRoute } from "@/lib/http/api-route";
import { methodNotAllowed } from "@/lib/http/responses";
import { countInbox } from "@/lib/services/inbox";
import { inboxFilters } from "@/lib/validation/inbox";

// How many conversations each view (mine, unassigned, all) holds under the other filters.
export const GET = apiRoute({ input: inboxFilters.omit({ view: true }) }, async ({ viewer, input }) => ({
  counts: await countInbox({ viewer, filters: input }),
}));

export const POST = methodNotAllowed(["GET"]);
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
