import "server-only";
import { canManagePeople, type Viewer } from "@/lib/auth/viewer";
import { query } from "@/lib/db/sql";
import { csvLine } from "@/lib/exports/csv";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";
import { inFlightLimit } from "@/lib/http/in-flight";
import { download, streamedBody } from "@/lib/http/responses";
import { type AuditEntry, type AuditPage, type AuditQuery, activityLine, auditGroups } from "./schemas";

// The organization's audit log, for admins: every step the triggers recorded (prisma/migrations/
// …_activity and …_audit), newest first, filtered by group, person and days (in the organization's
// time zone), keyset-paged by id on the organization's index; or all that match as CSV, streamed a
// batch at a time.

const BATCH = 1000;
const running = inFlightLimit("audit exports", () => 2);

function assertAdmin(viewer: Viewer) {
  if (!canManagePeople(viewer)) throw new ApiError("forbidden", "Only admins can read the audit log");
}

const entriesSql = (viewer: Viewer, filters: AuditQuery, after: string | null, limit: number) => Prisma.sql`
  SELECT a.id::text AS "_id", a.kind, a.detail, a."conversationId",
    to_char(a."createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt",
    CASE WHEN p.id IS NULL THEN NULL ELSE json_build_object('_id', p.id, 'fullName', p."fullName") END AS actor,
    CASE WHEN s.id IS NULL THEN NULL ELSE json_build_object('_id', s.id, 'fullName', s."fullName") END AS subject,
    CASE WHEN au.id IS NULL THEN NULL ELSE json_build_object('_id', au.id, 'name', au.name) END AS automation
  FROM "Activity" a
  JOIN "Organization" o ON o.id = a."organizationId"
  LEFT JOIN "User" p ON p.id = a."actorId"
  LEFT JOIN "User" s ON s.id = a."subjectId"
  LEFT JOIN "Automation" au ON au.id = a."automationId"
  WHERE a."organizationId" = ${viewer.organizationId}
    ${filters.group ? Prisma.sql`AND a.kind = ANY(${[...auditGroups[filters.group]]}::text[])` : Prisma.empty}
    ${filters.actor ? Prisma.sql`AND a."actorId" = ${filters.actor}` : Prisma.empty}
    ${filters.from ? Prisma.sql`AND a."createdAt" >= (${filters.from}::date)::timestamp AT TIME ZONE o."timeZone"` : Prisma.empty}
    ${filters.to ? Prisma.sql`AND a."createdAt" < (${filters.to}::date + 1)::timestamp AT TIME ZONE o."timeZone"` : Prisma.empty}
    ${after ? Prisma.sql`AND a.id < ${after}::bigint` : Prisma.empty}
  ORDER BY a.id DESC
  LIMIT ${limit}`;

/** A page of the log. */
export async function listAudit(viewer: Viewer, filters: AuditQuery): Promise<AuditPage> {
  assertAdmin(viewer);
  const rows = await query<AuditEntry>(entriesSql(viewer, filters, filters.cursor ?? null, filters.limit + 1));
  const entries = rows.slice(0, filters.limit);
  return { entries, nextCursor: rows.length > filters.limit ? (entries.at(-1)?._id ?? null) : null };
}

/** Every entry that matches, as CSV (a line in words beside the fields), newest first. */
export async function auditCsv(viewer: Viewer, filters: AuditQuery, signal: AbortSignal): Promise<Response> {
  assertAdmin(viewer);
  const done = running.acquire(viewer.userId);
  const body = streamedBody({ chunks: csvChunks(viewer, filters), done, signal, what: "the audit log" });
  return download(body, "text/csv; charset=utf-8", "audit-log.csv");
}

async function* csvChunks(viewer: Viewer, filters: AuditQuery) {
  yield csvLine(["id", "at", "kind", "what", "actor", "subject", "automation", "conversation", "detail"]);
  let after = filters.cursor ?? null;
  for (;;) {
    const rows = await query<AuditEntry>(entriesSql(viewer, filters, after, BATCH));
    if (rows.length === 0) return;
    yield rows
      .map((entry) =>
        csvLine([
          entry._id,
          entry.createdAt,
          entry.kind,
          activityLine(entry),
          entry.actor?.fullName ?? "",
          entry.subject?.fullName ?? "",
          entry.automation?.name ?? "",
          entry.conversationId ?? "",
          JSON.stringify(entry.detail),
        ]),
      )
      .join("");
    if (rows.length < BATCH) return;
    after = rows.at(-1)?._id ?? null;
  }
}
