import "server-only";
import { canManagePeople, type Viewer } from "@/lib/auth/viewer";
import { query } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";
import { stepColumns, stepJoins } from "./activity";
import { type AuditEntry, type AuditPage, type AuditQuery, auditGroups } from "./schemas";

// The organization's audit log, for admins: every step the triggers recorded (prisma/migrations/
// …_activity and …_audit), newest first, filtered by group, person and days (in the organization's
// time zone), keyset-paged by id on the organization's index. Its CSV is lib/exports/audit.ts.

export function assertAdmin(viewer: Viewer) {
  if (!canManagePeople(viewer)) throw new ApiError("forbidden", "Only admins can read the audit log");
}

export const entriesSql = (viewer: Viewer, filters: AuditQuery, after: string | null, limit: number) => Prisma.sql`
  SELECT ${stepColumns}, a."conversationId"
  FROM "Activity" a
  JOIN "Organization" o ON o.id = a."organizationId"
  ${stepJoins}
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
