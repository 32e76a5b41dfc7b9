import "server-only";
import { z } from "zod";
import type { Viewer } from "@/lib/auth/viewer";
import { conversationNotFound, readableConversationSql } from "@/lib/conversations/access";
import { query } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { body, boundedInt, jsonDate, text } from "@/lib/schemas";

// A person's unsent reply to a conversation, saved as they type (the composer debounces), so that
// it is there again after a thread switch, a reload or on another device. Only its author sees it;
// sending a reply ends it (lib/messages/append.ts). The inbox shows it in the row (lib/inbox/json.ts).

/** As long as a reply may be; an empty draft is no draft. `editor` names the composer (a tab's),
 *  whose `revision` grows with each save: a save older than one already applied is not applied. */
export const draftInput = body({
  body: text({ min: 0, max: 5000 }),
  editor: text({ min: 1, max: 64 }).optional(),
  revision: boundedInt(0, 2_147_483_647).optional(),
});

type Edit = { editor?: string; revision?: number };

export const draftJsonSchema = z.strictObject({ body: z.string(), updatedAt: jsonDate }).nullable();
export type DraftJson = z.infer<typeof draftJsonSchema>;

/** The viewer's draft of a conversation they may read (404 otherwise), or null. */
export async function getDraft(viewer: Viewer, conversationId: string): Promise<DraftJson> {
  const rows = await query<{ body: string | null; updatedAt: Date | null }>(Prisma.sql`
    SELECT d.body, d."updatedAt" FROM "Conversation" c
    LEFT JOIN "Draft" d ON d."conversationId" = c.id AND d."userId" = ${viewer.userId}
    WHERE c.id = ${conversationId} AND ${readableConversationSql(viewer)}`);
  const row = rows[0];
  if (!row) throw conversationNotFound();
  return row.body === null || !row.updatedAt ? null : { body: row.body, updatedAt: row.updatedAt.toISOString() };
}

/**
 * Saves (or, when blank, removes) the viewer's draft of a conversation they may read, and answers
 * the draft as it now is. A save from the composer that saved last, with a revision not above that
 * one's, changes nothing: it was overtaken (a debounced save arriving after the one sent as the page
 * went away), and the answer is the newer text.
 */
export async function saveDraft(
  viewer: Viewer,
  conversationId: string,
  draft: string,
  edit: Edit = {},
): Promise<DraftJson> {
  const editor = edit.editor ?? null;
  const revision = edit.revision ?? 0;
  // Without an editor (an API client), every save applies.
  const applies = Prisma.sql`(${editor}::text IS NULL OR d.editor IS DISTINCT FROM ${editor} OR d.revision < ${revision})`;
  const target = Prisma.sql`SELECT c.id FROM "Conversation" c WHERE c.id = ${conversationId} AND ${readableConversationSql(viewer)}`;
  const write = draft.trim()
    ? Prisma.sql`INSERT INTO "Draft" AS d ("userId", "conversationId", body, editor, revision)
        SELECT ${viewer.userId}, t.id, ${draft}, ${editor}, ${revision} FROM target t
        ON CONFLICT ("userId", "conversationId") DO UPDATE SET body = excluded.body, editor = excluded.editor,
          revision = excluded.revision, "updatedAt" = now()
        WHERE ${applies}
        RETURNING d.body, d."updatedAt"`
    : Prisma.sql`DELETE FROM "Draft" d USING target t
        WHERE d."userId" = ${viewer.userId} AND d."conversationId" = t.id AND ${applies}
        RETURNING NULL::text AS body, NULL::timestamptz AS "updatedAt"`;
  // One statement: its reads see the draft as it was before it, which is the answer when the save
  // was overtaken; when it applied, the answer is what it wrote.
  const stored = Prisma.sql`FROM "Draft" d, target t WHERE d."userId" = ${viewer.userId} AND d."conversationId" = t.id`;
  const [row] = await query<{ found: boolean; written: boolean; body: string | null; updatedAt: Date | null }>(
    Prisma.sql`
    WITH target AS (${target}), written AS (${write})
    SELECT EXISTS (SELECT 1 FROM target) AS found, EXISTS (SELECT 1 FROM written) AS written,
      COALESCE((SELECT w.body FROM written w), (SELECT d.body ${stored})) AS body,
      COALESCE((SELECT w."updatedAt" FROM written w), (SELECT d."updatedAt" ${stored})) AS "updatedAt"`,
  );
  if (!row?.found) throw conversationNotFound();
  // A removal that applied leaves no draft (its RETURNING row is all nulls).
  if (row.written && !draft.trim()) return null;
  return row.body === null || !row.updatedAt ? null : { body: row.body, updatedAt: row.updatedAt.toISOString() };
}

export const draftSql = (viewerId: string) =>
  Prisma.sql`(SELECT left(d.body, 200) FROM "Draft" d WHERE d."conversationId" = c.id AND d."userId" = ${viewerId})`;
