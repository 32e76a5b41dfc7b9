import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { query } from "@/lib/db/sql";
import { csvLine } from "@/lib/exports/csv";
import { Prisma } from "@/lib/generated/prisma/client";
import { inFlightLimit } from "@/lib/http/in-flight";
import { download, streamedBody } from "@/lib/http/responses";
import { assertMayReport, periodSql } from "@/lib/reports/report";
import type { ReportConversationsQuery } from "@/lib/reports/schemas";

// The conversations behind a report, one CSV row each, for a spreadsheet: those opened in the
// period, then those resolved in it that were opened before it. Streamed a batch at a time, each
// batch an index range (when opened, then when resolved), so a year of a busy organization is
// never held in memory.

const BATCH = 1000;
/** Each person may run two at a time, like exports: one reads a whole period. */
const running = inFlightLimit("report exports", () => 2);

const columns = [
  "id",
  "contact",
  "channel",
  "opened_at",
  "first_incoming_at",
  "first_response_at",
  "first_response_seconds",
  "resolved_at",
  "resolution_seconds",
  "assignees",
  "labels",
];

type Row = {
  id: string;
  contact: string;
  channel: string;
  openedAt: Date;
  firstIncomingAt: Date | null;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  assignees: string | null;
  labels: string | null;
  key: Date;
};

export async function reportConversations(
  viewer: Viewer,
  input: ReportConversationsQuery,
  signal: AbortSignal,
): Promise<Response> {
  assertMayReport(viewer);
  const done = running.acquire(viewer.userId);
  const body = streamedBody({ chunks: csvChunks(viewer, input), done, signal, what: "a report's conversations" });
  return download(body, "text/csv; charset=utf-8", `conversations-${input.from}-to-${input.to}.csv`);
}

async function* csvChunks(viewer: Viewer, input: ReportConversationsQuery) {
  yield `${columns.join(",")}\r\n`;
  for (const phase of ["opened", "resolved"] as const) {
    let after: { key: Date; id: string } | undefined;
    for (;;) {
      const rows = await query<Row>(batchSql(viewer.organizationId, input, phase, after));
      if (rows.length) yield rows.map(csvRow).join("");
      if (rows.length < BATCH) break;
      const last = rows.at(-1) as Row;
      after = { key: last.key, id: last.id };
    }
  }
}

const seconds = (from: Date | null, to: Date | null) =>
  from && to ? String(Math.round((to.getTime() - from.getTime()) / 1000)) : "";

function csvRow(row: Row): string {
  return csvLine([
    row.id,
    row.contact,
    row.channel,
    row.openedAt.toISOString(),
    row.firstIncomingAt?.toISOString() ?? "",
    row.firstResponseAt?.toISOString() ?? "",
    seconds(row.firstIncomingAt, row.firstResponseAt),
    row.resolvedAt?.toISOString() ?? "",
    seconds(row.openedAt, row.resolvedAt),
    row.assignees ?? "",
    row.labels ?? "",
  ]);
}

/** A batch of one phase, after the last row of the one before: opened in the period (by when), or
 *  resolved in it having been opened before it (by when resolved). */
function batchSql(
  organizationId: string,
  input: ReportConversationsQuery,
  phase: "opened" | "resolved",
  after: { key: Date; id: string } | undefined,
): Prisma.Sql {
  const key = Prisma.raw(phase === "opened" ? `c."createdAt"` : `c."resolvedAt"`);
  const conditions = [
    Prisma.sql`c."organizationId" = ${organizationId}`,
    Prisma.sql`${key} >= period.start AND ${key} < period.finish`,
  ];
  if (phase === "resolved") conditions.push(Prisma.sql`c."createdAt" < period.start`);
  if (after) conditions.push(Prisma.sql`(${key}, c.id) > (${after.key}, ${after.id})`);
  if (input.channel) conditions.push(Prisma.sql`c."channelType" = ${input.channel}::"ChannelType"`);
  if (input.agent) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "ConversationAssignee" fa
      WHERE fa."conversationId" = c.id AND fa."userId" = ${input.agent})`);
  }
  if (input.label) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "ConversationLabel" fl
      WHERE fl."conversationId" = c.id AND fl."labelId" = ${input.label})`);
  }
  return Prisma.sql`
    WITH period AS (${periodSql(organizationId, input.from, input.to)})
    SELECT c.id, ct."fullName" AS contact, c."channelType"::text AS channel, c."createdAt" AS "openedAt",
           c."firstIncomingAt", c."firstResponseAt", c."resolvedAt",
           (SELECT string_agg(u."fullName", '; ' ORDER BY u."fullName") FROM "ConversationAssignee" a
              JOIN "User" u ON u.id = a."userId" WHERE a."conversationId" = c.id) AS assignees,
           (SELECT string_agg(lb.name, '; ' ORDER BY lb.name) FROM "ConversationLabel" l
              JOIN "Label" lb ON lb.id = l."labelId" WHERE l."conversationId" = c.id) AS labels,
           ${key} AS key
    FROM "Conversation" c CROSS JOIN period JOIN "Contact" ct ON ct.id = c."contactId"
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY ${key}, c.id LIMIT ${BATCH}`;
}
