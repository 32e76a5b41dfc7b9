import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db, type Tx } from "@/lib/db";
import { ApiError, conversationNotFound } from "@/lib/http/api-error";
import { accessibleConversationWhere } from "@/lib/services/access";
import { conversationInclude } from "@/lib/services/conversation-query";

export type Changes = { assignees?: string[]; isResolved?: boolean };
type Current = { version: number; isResolved: boolean; assignees: string[] };

/**
 * Changes assignees and/or resolution in one transaction, under a row lock, so that concurrent
 * updates serialise instead of overwriting each other. With expectedVersion, a stale version is a
 * 409. The version (__v) and updatedAt move only when something actually changed.
 */
export async function updateConversation(options: {
  viewer: Viewer;
  conversationId: string;
  changes: Changes;
  expectedVersion?: number;
}) {
  const { viewer, conversationId, changes, expectedVersion } = options;
  return db.$transaction(async (tx) => {
    await changeConversation(tx, viewer, conversationId, (current) => {
      if (expectedVersion !== undefined && expectedVersion !== current.version) {
        throw new ApiError(
          "conflict",
          `Conversation was changed by someone else (version ${current.version}, you sent ${expectedVersion}). Reload it and try again.`,
        );
      }
      return changes;
    });
    return tx.conversation.findUniqueOrThrow({
      where: { id: conversationId },
      include: conversationInclude(viewer.userId),
    });
  });
}

/**
 * Within a transaction: locks one accessible conversation, asks `decide` what to change given its
 * current state, and applies that. 404 when the viewer may not access it.
 */
export async function changeConversation(
  tx: Tx,
  viewer: Viewer,
  conversationId: string,
  decide: (current: Current) => Changes,
) {
  const current = await lockAccessibleConversation(tx, viewer, conversationId);
  const changes = decide(current);
  if (changes.assignees) await assertAssignable(tx, viewer.organizationId, changes.assignees);

  const assigneesChange = changes.assignees && !sameMembers(changes.assignees, current.assignees);
  const resolutionChange = changes.isResolved !== undefined && changes.isResolved !== current.isResolved;
  if (assigneesChange && changes.assignees) {
    await tx.conversationAssignee.deleteMany({ where: { conversationId } });
    await tx.conversationAssignee.createMany({
      data: changes.assignees.map((userId) => ({ conversationId, userId })),
    });
  }
  if (assigneesChange || resolutionChange) {
    await tx.conversation.update({
      where: { id: conversationId },
      data: {
        version: { increment: 1 },
        ...(resolutionChange && {
          isResolved: changes.isResolved,
          resolvedAt: changes.isResolved ? new Date() : null,
        }),
      },
    });
  }
}

async function lockAccessibleConversation(tx: Tx, viewer: Viewer, conversationId: string): Promise<Current> {
  // FOR UPDATE on the conversation row: concurrent writers of one conversation take turns.
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Conversation"
    WHERE id = ${conversationId} AND "organizationId" = ${viewer.organizationId}
    FOR UPDATE`;
  if (locked.length === 0) throw conversationNotFound();
  const current = await tx.conversation.findFirst({
    where: { id: conversationId, ...accessibleConversationWhere(viewer) },
    select: { version: true, isResolved: true, assignees: { select: { userId: true } } },
  });
  if (!current) throw conversationNotFound();
  return { ...current, assignees: current.assignees.map((a) => a.userId) };
}

async function assertAssignable(tx: Tx, organizationId: string, userIds: string[]) {
  if (userIds.length === 0) return;
  const found = await tx.user.findMany({
    where: { id: { in: userIds }, organizationId },
    select: { id: true },
  });
  const known = new Set(found.map((u) => u.id));
  const unknown = userIds.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new ApiError(
      "bad_request",
      `assignees: no user ${unknown.join(", ")} in this organization`,
      unknown.map((id) => ({
        path: `assignees.${userIds.indexOf(id)}`,
        message: `no user ${id} in this organization`,
      })),
    );
  }
}

function sameMembers(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}
