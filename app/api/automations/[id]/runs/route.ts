import { listRuns } from "@/lib/automations/rules";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { beforeQuery, idParams } from "@/lib/schemas";

// A rule's run log, newest first: ?before=<the last run's _id> for the next page.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute({ params: idParams, input: beforeQuery }, async ({ viewer, params, input }) =>
    listRuns(viewer, params.id, input.before),
  ),
});
