import { z } from "zod";
import { dataOf, type Operation } from "@/lib/openapi/operation";
import { reportConversationsQuery, reportJsonSchema, reportQuery } from "@/lib/reports/schemas";

// Reports for managers and admins: a period's figures, and the conversations behind them.

const Report = reportJsonSchema.meta({ id: "Report" });

export const reportOperations: Operation[] = [
  {
    method: "get",
    path: "/api/reports",
    operationId: "getReport",
    tag: "Reports",
    summary: "A report (managers and admins)",
    description:
      "Conversations opened and resolved from `from` to `to` (days in the organization's time zone, at most 366), first-response and resolution times (seconds: median and 90th percentile), in total and per day, channel, person assigned or label. `format=csv` answers the rows as a download, the total last.",
    caller: "user",
    query: reportQuery,
    answers: {
      200: {
        description: "The report.",
        schema: dataOf(Report),
        also: { "text/csv": z.string() },
      },
    },
    errors: [403],
  },
  {
    method: "get",
    path: "/api/reports/conversations",
    operationId: "getReportConversations",
    tag: "Reports",
    summary: "The conversations behind a report (managers and admins)",
    description:
      "A CSV row for each conversation opened or resolved in the period (optionally one channel's, person's or label's): its times, first-response and resolution seconds, assignees and labels. Streamed as a download.",
    caller: "user",
    query: reportConversationsQuery,
    answers: {
      200: {
        description: "The conversations, as CSV.",
        contentType: "text/csv",
        schema: z.string(),
        headers: { "content-disposition": 'attachment; filename="conversations-<from>-to-<to>.csv"' },
      },
    },
    errors: [403, 429],
  },
];
