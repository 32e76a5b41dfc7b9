import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { accessibleConversationSql, conversationNotFound, deletableConversationSql } from "@/lib/conversations/access";
import { actingAsSql } from "@/lib/db/actor";
import { query, transaction } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";
import { storage } from "@/lib/storage/storage";

/**
 * Deletes a conversation in one statement: its messages, assignments, seen states and uploads go with it
 * by ON DELETE CASCADE, so nothing half-deleted can be observed. Only when nothing was deleted does
 * a second statement tell a 403 (an assignee who may see it but not delete it) from a 404.
 */
export async function deleteConversation(options: { viewer: Viewer; conversationId: string }) {
  const { viewer, conversationId } = options;
  // The files of its uploads go after the rows (a crash between leaves files nothing names, never
  // a row without its file); RETURNING reads them before the cascade removes their rows.
  const deleted = await transaction(async (tx) => {
    await query(actingAsSql(viewer.userId), tx);
    return query<{ files: string[] }>(
      Prisma.sql`DELETE FROM "Conversation" c WHERE c.id = ${conversationId} AND ${deletableConversationSql(viewer)}
        RETURNING ARRAY(SELECT f."storageKey" FROM "Upload" f WHERE f."conversationId" = c.id) AS files`,
      tx,
    );
  });
  if (deleted.length > 0) {
    await Promise.all((deleted[0]?.files ?? []).map((key) => storage().remove(key)));
    return;
  }
  const [visible] = await query(
    Prisma.sql`SELECT 1 FROM "Conversation" c WHERE c.id = ${conversationId} AND ${accessibleConversationSql(viewer)}`,
  );
  if (!visible) throw conversationNotFound();
  throw new ApiError("forbidden", "Only the conversation's owner, a manager or an admin can delete it");
}
