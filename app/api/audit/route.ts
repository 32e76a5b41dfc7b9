import { listAudit } from "@/lib/activity/audit";
import { auditQuery } from "@/lib/activity/schemas";
import { auditCsv } from "@/lib/exports/audit";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";

// The organization's audit log, for admins: a page, or ?format=csv for every entry that matches.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute({ input: auditQuery }, async ({ viewer, input, request }) =>
    input.format === "csv" ? auditCsv(viewer, input, request.signal) : listAudit(viewer, input),
  ),
});
