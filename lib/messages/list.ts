import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { accessibleConversationSql, conversationNotFound } from "@/lib/conversations/access";
import { query } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";
import { messageJson } from "@/lib/messages/json";

/**
 * A conversation's messages, oldest first, as JSON texts (lib/messages/json.ts). Without a limit:
 * all of them. With one: the newest `limit` messages older than `before` (keyset on createdAt then
 * id, never OFFSET), still oldest first, and nextCursor, the id to pass as `before` for the page
 * before this one, or null. One statement, with the access check and the cursor inside it; only an
 * empty answer costs a second, to tell an empty page from 404 or a foreign cursor.
 */
export async function listMessages(options: {
  viewer: Viewer;
  conversationId: string;
  limit?: number;
  before?: string;
}): Promise<{ messages: string[]; nextCursor?: string | null }> {
  const { viewer, conversationId, limit, before } = options;
  const accessible = Prisma.sql`EXISTS (
    SELECT 1 FROM "Conversation" c WHERE c.id = ${conversationId} AND ${accessibleConversationSql(viewer)})`;
  const anchorTime = Prisma.sql`(
    SELECT a."createdAt" FROM "Message" a WHERE a.id = ${before ?? null} AND a."conversationId" = ${conversationId})`;
  const olderThanAnchor = before ? Prisma.sql`AND (m."createdAt", m.id) < (${anchorTime}, ${before})` : Prisma.empty;
  // Paged: newest first so that LIMIT takes the newest; the caller still gets them oldest first.
  const order =
    limit === undefined
      ? Prisma.sql`ORDER BY m."createdAt", m.id`
      : Prisma.sql`ORDER BY m."createdAt" DESC, m.id DESC LIMIT ${limit + 1}`;
  const rows = await query<{ id: string; json: string }>(Prisma.sql`
    SELECT m.id, ${messageJson} AS json FROM "Message" m LEFT JOIN "User" u ON u.id = m."userId"
    WHERE m."conversationId" = ${conversationId} AND ${accessible} ${olderThanAnchor}
    ${order}`);

  if (rows.length === 0) {
    const [why] = await query<{ accessible: boolean; anchored: boolean }>(
      Prisma.sql`SELECT ${accessible} AS accessible, ${anchorTime} IS NOT NULL AS anchored`,
    );
    if (!why?.accessible) throw conversationNotFound();
    if (before && !why.anchored) throw new ApiError("bad_request", "before: no such message in this conversation");
  }
  if (limit === undefined) return { messages: rows.map((row) => row.json) };
  const page = rows.slice(0, limit).reverse();
  return { messages: page.map((row) => row.json), nextCursor: rows.length > limit ? (page[0]?.id ?? null) : null };
}
