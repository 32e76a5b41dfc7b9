import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { accessibleConversationSql, conversationNotFound } from "@/lib/conversations/access";
import { execute } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";

// Seen state is the viewer's own row per conversation. Each write is one statement: an upsert
// that inserts only when the viewer may access the conversation, so no row means 404.

/** The viewer has read the thread: clears "marked unseen". */
export async function markConversationSeen(options: { viewer: Viewer; conversationId: string }) {
  await upsertSeenState(
    options,
    Prisma.sql`now(), false`,
    Prisma.sql`"seenAt" = excluded."seenAt", "markedUnseen" = false`,
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
) {
  const { viewer, conversationId } = options;
  const written = await execute(Prisma.sql`
    INSERT INTO "ConversationSeen" ("userId", "conversationId", "seenAt", "markedUnseen")
    SELECT ${viewer.userId}, c.id, ${seenAtAndMarked} FROM "Conversation" c
    WHERE c.id = ${conversationId} AND ${accessibleConversationSql(viewer)}
    ON CONFLICT ("userId", "conversationId") DO UPDATE SET ${onConflict}`);
  if (written === 0) throw conversationNotFound();
}
