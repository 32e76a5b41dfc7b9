import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { download } from "@/lib/http/responses";
import { buildReport, reportCsv } from "@/lib/reports/report";
import { reportQuery } from "@/lib/reports/schemas";

// A report for managers and admins: ?from&to (days in the organization's time zone), by day,
// channel, agent or label; ?format=csv for the rows behind its chart.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute({ input: reportQuery }, async ({ viewer, input, request }) => {
    const { format, ...period } = input;
    const report = await buildReport(viewer, period, request.signal);
    if (format === "json") return { data: report };
    return download(
      reportCsv(report),
      "text/csv; charset=utf-8",
      `report-${report.by}-${report.from}-to-${report.to}.csv`,
    );
  }),
});
