import "server-only";
import { canSeeWholeOrganization, type Viewer } from "@/lib/auth/viewer";
import { channelLabels } from "@/lib/channel-types";
import { queryUntilAborted } from "@/lib/db/sql";
import { csvLine } from "@/lib/exports/csv";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";
import {
  datesOf,
  type ReportDimension,
  type ReportJson,
  type ReportQuery,
  reportJsonSchema,
} from "@/lib/reports/schemas";

// Reports for managers: conversations opened and resolved in a period of days in the organization's
// time zone, with first-response and resolution times (median, 90th percentile), in total and per
// day, channel, person assigned or label. Each figure comes from the conversations themselves (the
// statement that stores a message keeps their first-message and first-answer times), read from the
// indexes on when they were opened and resolved, which carry what a report needs (an index-only
// scan, migration report_covering): a report never reads messages, nor (by day or channel) the
// conversations' rows.

export function assertMayReport(viewer: Viewer) {
  if (!canSeeWholeOrganization(viewer)) throw new ApiError("forbidden", "Only managers and admins can see reports");
}

/** The period's bounds as instants: its first day's midnight and the midnight after its last, in the
 *  organization's zone (a day across a daylight-saving change is 23 or 25 hours). */
export const periodSql = (organizationId: string, from: string, to: string) => Prisma.sql`
  SELECT (${from}::date)::timestamp AT TIME ZONE o."timeZone" AS start,
         (${to}::date + 1)::timestamp AT TIME ZONE o."timeZone" AS finish,
         o."timeZone" AS tz
  FROM "Organization" o WHERE o.id = ${organizationId}`;

/** Each conversation opened in the period (with its first-response time) and each resolved in it
 *  (with its resolution time), as (kind, id, at, channelType, seconds). */
const eventsSql = (organizationId: string) => Prisma.sql`
  SELECT 'opened' AS kind, c.id, c."createdAt" AS at, c."channelType",
         EXTRACT(EPOCH FROM c."firstResponseAt" - c."firstIncomingAt")::float8 AS seconds
  FROM "Conversation" c, period
  WHERE c."organizationId" = ${organizationId} AND c."createdAt" >= period.start AND c."createdAt" < period.finish
  UNION ALL
  SELECT 'resolved', c.id, c."resolvedAt", c."channelType",
         EXTRACT(EPOCH FROM c."resolvedAt" - c."createdAt")::float8
  FROM "Conversation" c, period
  WHERE c."organizationId" = ${organizationId} AND c."resolvedAt" >= period.start AND c."resolvedAt" < period.finish`;

/** The group an event falls in, and what joins it to that group (a conversation counts once for
 *  each person assigned, and for each label). */
const dimensions: Record<ReportDimension, { key: string; join?: string }> = {
  day: { key: `(e.at AT TIME ZONE period.tz)::date` },
  channel: { key: `e."channelType"` },
  agent: { key: `a."userId"`, join: `LEFT JOIN "ConversationAssignee" a ON a."conversationId" = e.id` },
  label: { key: `l."labelId"`, join: `LEFT JOIN "ConversationLabel" l ON l."conversationId" = e.id` },
};

// Both percentiles of a figure from one sort of its times (an array of fractions).
const figuresSql = Prisma.raw(`count(*) FILTER (WHERE kind = 'opened') AS opened,
  count(*) FILTER (WHERE kind = 'resolved') AS resolved,
  count(seconds) FILTER (WHERE kind = 'opened') AS "firstCount",
  percentile_cont('{0.5,0.9}'::float8[]) WITHIN GROUP (ORDER BY seconds) FILTER (WHERE kind = 'opened') AS "firstTimes",
  count(seconds) FILTER (WHERE kind = 'resolved') AS "resolutionCount",
  percentile_cont('{0.5,0.9}'::float8[]) WITHIN GROUP (ORDER BY seconds) FILTER (WHERE kind = 'resolved') AS "resolutionTimes"`);

type FigureRow = {
  opened: string;
  resolved: string;
  firstCount: string;
  /** [median, 90th percentile], or null when there were none */
  firstTimes: number[] | null;
  resolutionCount: string;
  resolutionTimes: number[] | null;
};

const figuresOf = (row: FigureRow | undefined) => ({
  opened: Number(row?.opened ?? 0),
  resolved: Number(row?.resolved ?? 0),
  firstResponse: {
    count: Number(row?.firstCount ?? 0),
    median: rounded(row?.firstTimes?.[0]),
    p90: rounded(row?.firstTimes?.[1]),
  },
  resolution: {
    count: Number(row?.resolutionCount ?? 0),
    median: rounded(row?.resolutionTimes?.[0]),
    p90: rounded(row?.resolutionTimes?.[1]),
  },
});
const rounded = (seconds: number | null | undefined) => (seconds == null ? null : Math.round(seconds));

type GroupRow = FigureRow & { total: boolean; key: string | null; name: string | null; tz: string };

/** The figures per group, or in total (`by` "total"): a select reading the `period` and its
 *  `events`. A conversation in one group only (a day, a channel) is counted for its group and the
 *  total in one pass over the indexes (GROUPING SETS); one counted in each of its groups (people,
 *  labels) has its total from a second select of the same events (which PostgreSQL then keeps once,
 *  read twice). */
function figuresOfGroupsSql(by: ReportDimension | "total") {
  const dimension = by === "total" ? undefined : dimensions[by];
  const key = dimension?.key ?? "NULL";
  const [total, grouping] = !dimension
    ? ["true", ""]
    : dimension.join
      ? ["false", `GROUP BY ${key}`]
      : [`GROUPING(${key}) = 1`, `GROUP BY GROUPING SETS ((${key}), ())`];
  return Prisma.sql`
    SELECT g.total, ${Prisma.raw(by === "day" ? `to_char(g.key, 'YYYY-MM-DD')` : "g.key::text")} AS key,
           ${nameSql(by)} AS name, (SELECT tz FROM period) AS tz, g.opened, g.resolved, g."firstCount", g."firstTimes",
           g."resolutionCount", g."resolutionTimes"
    FROM (SELECT ${Prisma.raw(key)} AS key, ${Prisma.raw(total)} AS total, ${figuresSql}
          FROM events e CROSS JOIN period ${Prisma.raw(dimension?.join ?? "")}
          ${Prisma.raw(grouping)}) g`;
}

/** The report; `signal` (the request's) stops its statement when the client goes away. */
export async function buildReport(
  viewer: Viewer,
  input: Omit<ReportQuery, "format">,
  signal: AbortSignal,
): Promise<ReportJson> {
  assertMayReport(viewer);
  const { from, to, by } = input;
  const totalApart = dimensions[by].join ? Prisma.sql`UNION ALL ${figuresOfGroupsSql("total")}` : Prisma.empty;
  const rows = await queryUntilAborted<GroupRow>(
    Prisma.sql`WITH period AS (${periodSql(viewer.organizationId, from, to)}),
    events AS (${eventsSql(viewer.organizationId)})
    ${figuresOfGroupsSql(by)} ${totalApart}`,
    signal,
  );
  const total = rows.find((row) => row.total);
  const named = rows
    .filter((row) => !row.total)
    .map((row) => ({ key: row.key, name: row.name ?? nameOf(by, row.key), ...figuresOf(row) }))
    .sort((a, b) => b.opened - a.opened || b.resolved - a.resolved || a.name.localeCompare(b.name));
  // Every day of the period, in order, those with nothing included: a chart over time has no gaps.
  const byKey = new Map(named.map((row) => [row.key, row]));
  const ordered =
    by === "day"
      ? datesOf(from, to).map((day) => byKey.get(day) ?? { key: day, name: day, ...figuresOf(undefined) })
      : named;
  return reportJsonSchema.parse({
    timeZone: total?.tz ?? "UTC",
    from,
    to,
    by,
    totals: figuresOf(total),
    rows: ordered,
  });
}

/** A group's name, where the database knows it (a person, a label). */
function nameSql(by: ReportDimension | "total"): Prisma.Sql {
  if (by === "agent") return Prisma.sql`(SELECT u."fullName" FROM "User" u WHERE u.id = g.key)`;
  if (by === "label") return Prisma.sql`(SELECT lb.name FROM "Label" lb WHERE lb.id = g.key)`;
  return Prisma.sql`NULL`;
}

function nameOf(by: ReportDimension, key: string | null): string {
  if (by === "channel") return channelLabels[key as keyof typeof channelLabels] ?? String(key);
  if (key === null) return by === "agent" ? "Unassigned" : by === "label" ? "No label" : "";
  return key;
}

const csvColumns = [
  "key",
  "name",
  "opened",
  "resolved",
  "first_response_count",
  "first_response_median_seconds",
  "first_response_p90_seconds",
  "resolution_count",
  "resolution_median_seconds",
  "resolution_p90_seconds",
];

/** The rows behind the report's chart, and its total last. */
export function reportCsv(report: ReportJson): string {
  const line = (key: string, name: string, f: ReportJson["totals"]) =>
    csvLine([
      key,
      name,
      f.opened,
      f.resolved,
      f.firstResponse.count,
      f.firstResponse.median ?? "",
      f.firstResponse.p90 ?? "",
      f.resolution.count,
      f.resolution.median ?? "",
      f.resolution.p90 ?? "",
    ]);
  return [
    `${csvColumns.join(",")}\r\n`,
    ...report.rows.map((row) => line(row.key ?? "", row.name, row)),
    line("", "Total", report.totals),
  ].join("");
}
