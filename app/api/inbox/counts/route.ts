import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { countCap, countInbox } from "@/lib/inbox/count";
import { inboxCountsQuery } from "@/lib/inbox/schemas";

// How many conversations each view (mine, unassigned, all) holds under the other filters, counted
// up to `cap` (a count equal to it means "that many or more").
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute({ input: inboxCountsQuery }, async ({ viewer, input }) => ({
    counts: await countInbox({ viewer, filters: input }),
    cap: countCap(input),
  })),
});
