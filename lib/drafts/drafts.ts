import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { accessibleConversationSql, conversationNotFound } from "@/lib/conversations/access";
import { query } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { body, text } from "@/lib/schemas";

// A person's unsent reply to a conversation, saved as they type (the composer debounces), so that
// it is there again after a thread switch, a reload or on another device. Only its author sees it;
// sending a reply ends it (lib/messages/append.ts). The inbox shows it in the row (lib/inbox/json.ts).

/** As long as a reply may be; an empty draft is no draft. */
export const draftInput = body({ body: text({ min: 0, max: 5000 }) });

export type DraftJson = { body: string; updatedAt: string } | null;

/** The viewer's draft of a conversation they may read (404 otherwise), or null. */
export async function getDraft(viewer: Viewer, conversationId: string): Promise<DraftJson> {
  const rows = await query<{ body: string | null; updatedAt: Date | null }>(Prisma.sql`
    SELECT d.body, d."updatedAt" FROM "Conversation" c
    LEFT JOIN "Draft" d ON d."conversationId" = c.id AND d."userId" = ${viewer.userId}
    WHERE c.id = ${conversationId} AND ${accessibleConversationSql(viewer)}`);
  const row = rows[0];
  if (!row) throw conversationNotFound();
  return row.body === null || !row.updatedAt ? null : { body: row.body, updatedAt: row.updatedAt.toISOString() };
}

/** Saves (or, when blank, removes) the viewer's draft of a conversation they may read. */
export async function saveDraft(viewer: Viewer, conversationId: string, draft: string): Promise<DraftJson> {
  const accessible = Prisma.sql`SELECT c.id FROM "Conversation" c WHERE c.id = ${conversationId} AND ${accessibleConversationSql(viewer)}`;
  if (!draft.trim()) {
    const found = await query<{ id: string }>(Prisma.sql`
      WITH target AS (${accessible}),
      removed AS (DELETE FROM "Draft" d USING target t WHERE d."userId" = ${viewer.userId} AND d."conversationId" = t.id)
      SELECT id FROM target`);
    if (found.length === 0) throw conversationNotFound();
    return null;
  }
  const rows = await query<{ updatedAt: Date }>(Prisma.sql`
    INSERT INTO "Draft" ("userId", "conversationId", body)
    SELECT ${viewer.userId}, t.id, ${draft} FROM (${accessible}) t
    ON CONFLICT ("userId", "conversationId") DO UPDATE SET body = excluded.body, "updatedAt" = now()
    RETURNING "updatedAt"`);
  if (!rows[0]) throw conversationNotFound();
  return { body: draft, updatedAt: rows[0].updatedAt.toISOString() };
}

export const draftSql = (viewerId: string) =>
  Prisma.sql`(SELECT left(d.body, 200) FROM "Draft" d WHERE d."conversationId" = c.id AND d."userId" = ${viewerId})`;
