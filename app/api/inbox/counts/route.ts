import { apiRoute } from "@/lib/http/api-route";
import { methodNotAllowed } from "@/lib/http/responses";
import { COUNT_CAP, countInbox } from "@/lib/services/inbox";
import { inboxFilters } from "@/lib/validation/inbox";

// How many conversations each view (mine, unassigned, all) holds under the other filters, counted
// up to `cap` (a count equal to it means "that many or more").
export const GET = apiRoute({ input: inboxFilters.omit({ view: true }) }, async ({ viewer, input }) => ({
  counts: await countInbox({ viewer, filters: input }),
  cap: COUNT_CAP,
}));

export const POST = methodNotAllowed(["GET"]);
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
