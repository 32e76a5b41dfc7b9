import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { conversationNotFound, readableConversationSql } from "@/lib/conversations/access";
import { query } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";

// Seen state is the viewer's own row per conversation. Each write is one statement: an upsert
// that inserts only when the viewer may access the conversation, so no row means 404.

/** The viewer has read the thread: clears "marked unseen", and reads their mentions in it. */
export async function markConversationSeen(options: { viewer: Viewer; conversationId: string }) {
  await upsertSeenState(
    options,
    Prisma.sql`now(), false`,
    Prisma.sql`"seenAt" = excluded."seenAt", "markedUnseen" = false`,
    true,
  );
}

/** The viewer wants the thread to look unread again, whatever arrived since. */
export async function markConversationUnseen(options: { viewer: Viewer; conversationId: string }) {
  await upsertSeenState(options, Prisma.sql`NULL, true`, Prisma.sql`"markedUnseen" = true`);
}

async function upsertSeenState(
  options: { viewer: Viewer; conversationId: string },
  seenAtAndMarked: Prisma.Sql,
  onConflict: Prisma.Sql,
  readsMentions = false,
) {
  const { viewer, conversationId } = options;
  const mentions = readsMentions
    ? Prisma.sql`, mentions AS (UPDATE "Mention" SET "readAt" = now()
        WHERE "userId" = ${viewer.userId} AND "conversationId" IN (SELECT "conversationId" FROM seen) AND "readAt" IS NULL)`
    : Prisma.empty;
  const [written] = await query<{ count: number }>(Prisma.sql`
    WITH seen AS (
      INSERT INTO "ConversationSeen" ("userId", "conversationId", "seenAt", "markedUnseen")
      SELECT ${viewer.userId}, c.id, ${seenAtAndMarked} FROM "Conversation" c
      WHERE c.id = ${conversationId} AND ${readableConversationSql(viewer)}
      ON CONFLICT ("userId", "conversationId") DO UPDATE SET ${onConflict}
      RETURNING "conversationId") ${mentions}
    SELECT count(*)::int AS count FROM seen`);
  if (!written?.count) throw conversationNotFound();
}
