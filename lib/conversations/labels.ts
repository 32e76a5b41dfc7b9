import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { accessibleConversationSql, conversationNotFound } from "@/lib/conversations/access";
import { getConversation } from "@/lib/conversations/read";
import { execute, type Queryable, query, transaction } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertOwnLabels } from "@/lib/labels/labels";

// Labels on conversations: whoever may read a conversation labels it. Each change touches the
// conversation (its updatedAt), so that live inboxes re-read it; the database records a change
// event per label added or removed (integrators' conversation.updated).

/**
 * Sets a conversation's labels to exactly `labelIds` (the organization's; any other is a 400 naming
 * it), in one transaction with the conversation locked; touches the conversation when they changed,
 * so that live inboxes re-read it. Answers the conversation as it now is.
 */
export async function setConversationLabels(viewer: Viewer, conversationId: string, labelIds: string[]) {
  return transaction(async (tx) => {
    const [conversation] = await query<{ id: string }>(
      Prisma.sql`SELECT c.id FROM "Conversation" c WHERE c.id = ${conversationId} AND ${accessibleConversationSql(viewer)}
        FOR UPDATE OF c`,
      tx,
    );
    if (!conversation) throw conversationNotFound();
    await assertOwnLabels(viewer, labelIds, tx);
    const removed = await execute(
      Prisma.sql`DELETE FROM "ConversationLabel" WHERE "conversationId" = ${conversationId}
        AND NOT ("labelId" = ANY(${labelIds}::char(24)[]))`,
      tx,
    );
    const added = await execute(
      Prisma.sql`INSERT INTO "ConversationLabel" ("conversationId", "labelId")
        SELECT ${conversationId}, id FROM unnest(${labelIds}::char(24)[]) AS id
        ON CONFLICT DO NOTHING`,
      tx,
    );
    if (removed + added > 0) {
      await execute(Prisma.sql`UPDATE "Conversation" SET "updatedAt" = now() WHERE id = ${conversationId}`, tx);
    }
    return getConversation({ viewer, conversationId, on: tx });
  });
}

/**
 * Adds (or removes) `labelIds` on each of `conversationIds`, in the caller's transaction: all or
 * nothing (one the viewer may not read is a 404). Rows locked in id order, as bulk updates do.
 */
export async function labelConversations(
  tx: Queryable,
  viewer: Viewer,
  conversationIds: string[],
  labelIds: string[],
  add: boolean,
) {
  const ids = [...new Set(conversationIds)].sort();
  const locked = await query<{ id: string }>(
    Prisma.sql`SELECT c.id FROM "Conversation" c WHERE c.id = ANY(${ids}::char(24)[]) AND ${accessibleConversationSql(viewer)}
      ORDER BY c.id FOR UPDATE OF c`,
    tx,
  );
  if (locked.length !== ids.length) throw conversationNotFound();
  await assertOwnLabels(viewer, labelIds, tx);
  const changed = await query<{ conversationId: string }>(
    add
      ? Prisma.sql`INSERT INTO "ConversationLabel" ("conversationId", "labelId")
          SELECT c, l FROM unnest(${ids}::char(24)[]) c CROSS JOIN unnest(${labelIds}::char(24)[]) l
          ON CONFLICT DO NOTHING RETURNING "conversationId"`
      : Prisma.sql`DELETE FROM "ConversationLabel" WHERE "conversationId" = ANY(${ids}::char(24)[])
          AND "labelId" = ANY(${labelIds}::char(24)[]) RETURNING "conversationId"`,
    tx,
  );
  const touched = [...new Set(changed.map((row) => row.conversationId))];
  if (touched.length > 0) {
    await execute(Prisma.sql`UPDATE "Conversation" SET "updatedAt" = now() WHERE id = ANY(${touched}::char(24)[])`, tx);
  }
}
