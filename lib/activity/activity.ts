import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { conversationNotFound, readableConversationSql } from "@/lib/conversations/access";
import { query } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ActivityJson, ActivityPage } from "./schemas";

// A conversation's activity trail (written by the database's triggers: prisma/migrations/…_activity),
// newest first (by id, which grows with time), for whoever may read the conversation.

/** The columns of a step (aliased `a`) as its JSON's fields. */
export const stepColumns = Prisma.sql`a.id::text AS "_id", a.kind, a.detail,
  to_char(a."createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt",
  CASE WHEN p.id IS NULL THEN NULL ELSE json_build_object('_id', p.id, 'fullName', p."fullName") END AS actor,
  CASE WHEN s.id IS NULL THEN NULL ELSE json_build_object('_id', s.id, 'fullName', s."fullName") END AS subject,
  CASE WHEN au.id IS NULL THEN NULL ELSE json_build_object('_id', au.id, 'name', au.name) END AS automation`;

/** The tables a step's JSON reads, `a` being the step. */
export const stepJoins = Prisma.sql`LEFT JOIN "User" p ON p.id = a."actorId"
  LEFT JOIN "User" s ON s.id = a."subjectId"
  LEFT JOIN "Automation" au ON au.id = a."automationId"`;

/** Every step of a conversation's trail, oldest first, a batch at a time (for its export). */
export async function* trailBatches(conversationId: string, batch = 500): AsyncGenerator<ActivityJson[]> {
  let after = "0";
  for (;;) {
    const rows = await query<ActivityJson>(Prisma.sql`
      SELECT ${stepColumns} FROM "Activity" a ${stepJoins}
      WHERE a."conversationId" = ${conversationId} AND a.id > ${after}::bigint
      ORDER BY a.id LIMIT ${batch}`);
    if (rows.length > 0) yield rows;
    if (rows.length < batch) return;
    after = rows.at(-1)?._id ?? after;
  }
}

export async function listActivity(
  viewer: Viewer,
  conversationId: string,
  page: { cursor?: string; limit: number },
): Promise<ActivityPage> {
  const rows = await query<ActivityJson & { readable: boolean }>(Prisma.sql`
    SELECT r.readable, s.* FROM (
      SELECT EXISTS (SELECT 1 FROM "Conversation" c WHERE c.id = ${conversationId} AND ${readableConversationSql(viewer)})
        AS readable) r
    LEFT JOIN LATERAL (
      SELECT ${stepColumns} FROM "Activity" a ${stepJoins}
      WHERE r.readable AND a."conversationId" = ${conversationId} AND a."organizationId" = ${viewer.organizationId}
        ${page.cursor ? Prisma.sql`AND a.id < ${page.cursor}::bigint` : Prisma.empty}
      ORDER BY a.id DESC
      LIMIT ${page.limit + 1}) s ON true`);
  if (!rows[0]?.readable) throw conversationNotFound();
  const steps = rows.filter((row) => row._id !== null);
  const kept = steps.slice(0, page.limit);
  const last = steps.length > page.limit ? kept.at(-1) : undefined;
  return {
    activity: kept.map(({ readable: _readable, ...step }) => step),
    nextCursor: last?._id ?? null,
  };
}
