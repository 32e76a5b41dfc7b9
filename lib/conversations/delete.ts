import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { accessibleConversationSql, conversationNotFound, deletableConversationSql } from "@/lib/conversations/access";
import { execute, query } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";

/**
 * Deletes a conversation in one statement: its messages, assignments and seen states go with it
 * by ON DELETE CASCADE, so nothing half-deleted can be observed. Only when nothing was deleted does
 * a second statement tell a 403 (an assignee who may see it but not delete it) from a 404.
 */
export async function deleteConversation(options: { viewer: Viewer; conversationId: string }) {
  const { viewer, conversationId } = options;
  const deleted = await execute(
    Prisma.sql`DELETE FROM "Conversation" c WHERE c.id = ${conversationId} AND ${deletableConversationSql(viewer)}`,
  );
  if (deleted > 0) return;
  const [visible] = await query(
    Prisma.sql`SELECT 1 FROM "Conversation" c WHERE c.id = ${conversationId} AND ${accessibleConversationSql(viewer)}`,
  );
  if (!visible) throw conversationNotFound();
  throw new ApiError("forbidden", "Only the conversation's owner, a manager or an admin can delete it");
}
