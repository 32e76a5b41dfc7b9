import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { query } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { decodeCursor, encodeCursor } from "@/lib/http/cursor";
import type { MentionJson, MentionsPage } from "./schemas";

// A person's mentions, newest first (the Mentions page), keyset-paged on the index of their own
// mentions; read when they open the conversation (lib/conversations/seen.ts) or all at once.

/** One page of the viewer's mentions, and how many are unread. */
export async function listMentions(viewer: Viewer, page: { cursor?: string; limit: number }): Promise<MentionsPage> {
  const after = page.cursor ? decodeCursor(page.cursor) : null;
  const [rows, [unread]] = await Promise.all([
    query<MentionJson & { at: Date }>(Prisma.sql`
      SELECT n.id AS "_id", n."conversationId", n."messageId", n."createdAt" AS at,
        to_char(n."createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt",
        to_char(n."readAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "readAt",
        CASE WHEN a.id IS NULL THEN NULL ELSE json_build_object('_id', a.id, 'fullName', a."fullName") END AS author,
        json_build_object('_id', ct.id, 'fullName', ct."fullName") AS contact,
        c."channelType", left(m.body, 280) AS excerpt
      FROM "Mention" n
      JOIN "Message" m ON m.id = n."messageId"
      JOIN "Conversation" c ON c.id = n."conversationId"
      JOIN "Contact" ct ON ct.id = c."contactId"
      LEFT JOIN "User" a ON a.id = n."authorId"
      WHERE n."userId" = ${viewer.userId} AND c."organizationId" = ${viewer.organizationId}
        ${after ? Prisma.sql`AND (n."createdAt", n.id) < (${after.time}, ${after.id})` : Prisma.empty}
      ORDER BY n."createdAt" DESC, n.id DESC
      LIMIT ${page.limit + 1}`),
    unreadMentions(viewer),
  ]);
  const kept = rows.slice(0, page.limit);
  const last = rows.length > page.limit ? kept.at(-1) : undefined;
  return {
    mentions: kept.map(({ at: _at, ...mention }) => mention),
    nextCursor: last ? encodeCursor({ time: last.at, id: last._id }) : null,
    unread: unread?.count ?? 0,
  };
}

const unreadMentions = (viewer: Viewer) =>
  query<{ count: number }>(
    Prisma.sql`SELECT count(*)::int AS count FROM "Mention" WHERE "userId" = ${viewer.userId} AND "readAt" IS NULL`,
  );

/** Reads the viewer's mentions (in one conversation, or all); answers how many stay unread. */
export async function readMentions(viewer: Viewer, conversationId?: string): Promise<number> {
  await query(Prisma.sql`UPDATE "Mention" SET "readAt" = now()
    WHERE "userId" = ${viewer.userId} AND "readAt" IS NULL
      ${conversationId ? Prisma.sql`AND "conversationId" = ${conversationId}` : Prisma.empty}`);
  const [unread] = await unreadMentions(viewer);
  return unread?.count ?? 0;
}
