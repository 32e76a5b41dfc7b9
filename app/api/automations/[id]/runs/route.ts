import { z } from "zod";
import { listRuns } from "@/lib/automations/rules";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { idParams, objectId } from "@/lib/schemas";

// A rule's run log, newest first: ?before=<the last run's _id> for the next page.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute(
    { params: idParams, input: z.strictObject({ before: objectId.optional() }) },
    async ({ viewer, params, input }) => listRuns(viewer, params.id, input.before),
  ),
});
