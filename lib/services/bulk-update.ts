import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { type Changes, changeConversation } from "@/lib/services/update-conversation";

type BulkAction = "assign" | "unassign" | "resolve" | "reopen";

/**
 * Applies one action to many conversations in one transaction: all of them change or none does
 * (one the viewer may not access makes it a 404). Rows are locked in id order, so two bulk
 * updates over overlapping selections cannot deadlock.
 */
export async function bulkUpdateConversations(options: {
  viewer: Viewer;
  conversationIds: string[];
  action: BulkAction;
  userIds?: string[];
}) {
  const { viewer, action, userIds = [] } = options;
  const ids = [...new Set(options.conversationIds)].sort();
  await db.$transaction(
    async (tx) => {
      for (const id of ids) {
        await changeConversation(tx, viewer, id, (current) => decide(action, current, userIds));
      }
    },
    { timeout: 20_000 },
  );
  return { updated: ids.length };
}

function decide(action: BulkAction, current: { assignees: string[] }, userIds: string[]): Changes {
  switch (action) {
    case "assign":
      return { assignees: [...new Set([...current.assignees, ...userIds])] };
    case "unassign":
      return { assignees: userIds.length ? current.assignees.filter((id) => !userIds.includes(id)) : [] };
    case "resolve":
      return { isResolved: true };
    case "reopen":
      return { isResolved: false };
  }
}
