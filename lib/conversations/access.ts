import "server-only";
import { canSeeWholeOrganization, type Viewer } from "@/lib/auth/viewer";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";

// Who may do what with a conversation, in one form: SQL conditions on the conversation aliased `c`.
// Every read and write of a conversation takes its condition from this file. Anything a viewer may
// not access is "not found", so that ids cannot be probed.

export const conversationNotFound = () => new ApiError("not_found", "Conversation not found");

/** The viewer's organization only; agents only what they own or are assigned to. */
export function accessibleConversationSql(viewer: Viewer): Prisma.Sql {
  const inOrganization = Prisma.sql`c."organizationId" = ${viewer.organizationId}`;
  if (canSeeWholeOrganization(viewer)) return inOrganization;
  return Prisma.sql`${inOrganization} AND (c."userId" = ${viewer.userId} OR ${assignedToSql(viewer.userId)})`;
}

/**
 * Reading: what accessibleConversationSql allows, and for an agent also a conversation a note
 * mentions them in, as a participant, while that mention exists. A participant reads it, writes
 * notes in it and keeps their own state of it (seen, draft, presence); changing the conversation or
 * writing to its contact stays with those it is accessible to.
 */
export function readableConversationSql(viewer: Viewer): Prisma.Sql {
  if (canSeeWholeOrganization(viewer)) return accessibleConversationSql(viewer);
  return Prisma.sql`c."organizationId" = ${viewer.organizationId}
    AND (c."userId" = ${viewer.userId} OR ${assignedToSql(viewer.userId)} OR ${mentionedSql(viewer.userId)})`;
}

/** Whether a note in the conversation aliased `c` mentions this user. */
const mentionedSql = (userId: string) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "Mention" n WHERE n."conversationId" = c.id AND n."userId" = ${userId})`;

/** Deleting is for the owner, managers and admins; an assignee who is not the owner may not. */
export function deletableConversationSql(viewer: Viewer): Prisma.Sql {
  const inOrganization = Prisma.sql`c."organizationId" = ${viewer.organizationId}`;
  if (canSeeWholeOrganization(viewer)) return inOrganization;
  return Prisma.sql`${inOrganization} AND c."userId" = ${viewer.userId}`;
}

/** Whether the conversation aliased `c` is assigned to this user. */
export const assignedToSql = (userId: string) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "ConversationAssignee" x WHERE x."conversationId" = c.id AND x."userId" = ${userId})`;

// The inbox's index-driven forms of the same rule. Each must select exactly what
// accessibleConversationSql allows; tests/api/access and tests/api/inbox check both against it.

/** Within one person's queue (rows of "ConversationAssignee" a): the viewer's own queue needs no
 *  further check, since being assigned is access. */
export function queueAccessSql(viewer: Viewer, queueOf: string): Prisma.Sql {
  return queueOf === viewer.userId
    ? Prisma.sql`c."organizationId" = ${viewer.organizationId}`
    : accessibleConversationSql(viewer);
}

/** The ids of what an agent is assigned to or owns, in this status, as a derived table: the
 *  two indexes that hold them, instead of a scan of the organization filtered by the rule. */
export function agentConversationIdsSql(viewer: Viewer, status: ConversationStatus, waiting = false): Prisma.Sql {
  // Only those whose contact waits: read from the indexes of the waiting ones.
  const and = (alias: string) => [
    ...statusSql(alias, status),
    ...(waiting ? [Prisma.raw(`${alias}."waitingSince" IS NOT NULL`)] : []),
  ];
  return Prisma.sql`(
    SELECT y."conversationId" AS id FROM "ConversationAssignee" y
    WHERE y."userId" = ${viewer.userId} AND ${Prisma.join(and("y"), " AND ")}
    UNION
    SELECT z.id FROM "Conversation" z WHERE z."userId" = ${viewer.userId} AND ${Prisma.join(and("z"), " AND ")})`;
}

/** Open (and awake), snoozed, or resolved. */
export type ConversationStatus = "open" | "snoozed" | "resolved";

/**
 * The rows of one status, on a table that has isResolved and isSnoozed (a conversation, or an
 * assignee's or label's copy of them). Snoozed as a literal, so that the planner reads the partial
 * indexes made for the Snoozed views; a snoozed conversation is an open one.
 */
export function statusSql(alias: string, status: ConversationStatus): Prisma.Sql[] {
  const resolved = Prisma.sql`${Prisma.raw(`${alias}."isResolved"`)} = ${status === "resolved"}`;
  if (status === "resolved") return [resolved];
  return [resolved, Prisma.raw(status === "snoozed" ? `${alias}."isSnoozed"` : `NOT ${alias}."isSnoozed"`)];
}

/** Who holds each of these conversations (its owner, assignees and participants), for the live
 *  events' filter (lib/events/events.ts `visibleTo`): the agents this file's rules let read it; and a webchat
 *  conversation's visitor, as "<connection id>:<address>" (lib/channels/webchat/visitors.ts). */
export const conversationHoldersSql = (ids: string[]) =>
  Prisma.sql`SELECT c.id, c."userId" AS owner,
    array(SELECT x."userId" FROM "ConversationAssignee" x WHERE x."conversationId" = c.id) AS assignees,
    array(SELECT DISTINCT n."userId" FROM "Mention" n WHERE n."conversationId" = c.id) AS participants,
    CASE WHEN c."channelType" = 'webchat' THEN c."connectionId" || ':' || c."channelIdentifier" END AS visitor
  FROM "Conversation" c WHERE c.id = ANY(${ids}::char(24)[])`;
