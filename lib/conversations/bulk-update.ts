import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { applyBulkAction, type BulkAction } from "@/lib/conversations/bulk-action";
import { changeConversations } from "@/lib/conversations/update";
import { transaction } from "@/lib/db/sql";

/**
 * Applies one action to many conversations in one transaction: all of them change or none does
 * (one the viewer may not access makes it a 404).
 */
export async function bulkUpdateConversations(options: {
  viewer: Viewer;
  conversationIds: string[];
  action: BulkAction;
  userIds?: string[];
}) {
  const { viewer, conversationIds, action, userIds = [] } = options;
  await transaction((tx) =>
    changeConversations(
      tx,
      viewer,
      conversationIds,
      (current) => applyBulkAction(current.assignees, action, userIds),
      userIds,
    ),
  );
  return { updated: new Set(conversationIds).size };
}
