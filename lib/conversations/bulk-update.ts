import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { accessibleConversationSql } from "@/lib/conversations/access";
import { applyBulkAction, type BulkAction } from "@/lib/conversations/bulk-action";
import { conversationJson } from "@/lib/conversations/json";
import { labelConversations } from "@/lib/conversations/labels";
import type { SnoozeSpec } from "@/lib/conversations/schemas";
import { snoozeUntil } from "@/lib/conversations/snooze";
import { changeConversations } from "@/lib/conversations/update";
import { query, transaction } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Applies one action to many conversations in one transaction: all of them change or none does
 * (one the viewer may not access makes it a 404). Answers them as they now are (JSON texts).
 */
export async function bulkUpdateConversations(options: {
  viewer: Viewer;
  conversationIds: string[];
  action: BulkAction;
  userIds?: string[];
  labelIds?: string[];
  snooze?: SnoozeSpec;
}) {
  const { viewer, conversationIds, action, userIds = [], labelIds = [] } = options;
  const ids = [...new Set(conversationIds)];
  const until = action === "snooze" && options.snooze ? await snoozeUntil(viewer.organizationId, options.snooze) : null;
  const conversations = await transaction(async (tx) => {
    if (action === "label" || action === "unlabel") {
      await labelConversations(tx, viewer, ids, labelIds, action === "label");
    } else {
      await changeConversations(
        tx,
        viewer,
        ids,
        (current) => applyBulkAction(current.assignees, action, userIds, until),
        userIds,
      );
    }
    const rows = await query<{ json: string }>(
      Prisma.sql`SELECT ${conversationJson(viewer.userId)} AS json FROM "Conversation" c
        WHERE c.id = ANY(${ids}::char(24)[]) AND ${accessibleConversationSql(viewer)} ORDER BY c.id`,
      tx,
    );
    return rows.map((row) => row.json);
  });
  return { updated: ids.length, conversations };
}
