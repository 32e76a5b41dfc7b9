import "server-only";
import { canSeeWholeOrganization, type Viewer } from "@/lib/auth/viewer";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The conversations a viewer may access, as a where clause used by every read and write: the
 * viewer's organization only; agents only what they own or are assigned to. Anything else is
 * "not found", so that ids cannot be probed.
 */
export function accessibleConversationWhere(viewer: Viewer): Prisma.ConversationWhereInput {
  const inOrganization = { organizationId: viewer.organizationId };
  if (canSeeWholeOrganization(viewer)) return inOrganization;
  return {
    ...inOrganization,
    OR: [{ userId: viewer.userId }, { assignees: { some: { userId: viewer.userId } } }],
  };
}

/** The same rule in SQL, for the conversation aliased `c`: the hand-written reads use it. */
export function accessibleConversationSql(viewer: Viewer): Prisma.Sql {
  const inOrganization = Prisma.sql`c."organizationId" = ${viewer.organizationId}`;
  if (canSeeWholeOrganization(viewer)) return inOrganization;
  return Prisma.sql`${inOrganization} AND (c."userId" = ${viewer.userId} OR ${assignedToSql(viewer.userId)})`;
}

/** Whether the conversation aliased `c` is assigned to this user. */
export const assignedToSql = (userId: string) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "ConversationAssignee" x WHERE x."conversationId" = c.id AND x."userId" = ${userId})`;

/** Deleting is for the owner, managers and admins; an assignee who is not the owner may not. */
export function canDeleteConversation(viewer: Viewer, conversation: { userId: string | null }): boolean {
  return canSeeWholeOrganization(viewer) || conversation.userId === viewer.userId;
}
