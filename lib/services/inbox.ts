import "server-only";
import { canSeeWholeOrganization, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { type Cursor, decodeCursor, encodeCursor } from "@/lib/http/cursor";
import { conversationInclude } from "@/lib/services/conversation-query";
import type { InboxFilters } from "@/lib/validation/inbox";

// The agent's inbox: every conversation the viewer may access, across contacts, filtered and
// newest activity first, paged by keyset on (lastMessageTime, id). Hand-written SQL because the
// per-viewer unseen rule compares two tables' columns, which Prisma's query API cannot express.
// A page costs three queries whatever its size: the page's ids, the rows, their latest messages.

const assignedTo = (userId: string) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "ConversationAssignee" a WHERE a."conversationId" = c.id AND a."userId" = ${userId})`;
const hasAssignees = Prisma.sql`EXISTS (SELECT 1 FROM "ConversationAssignee" a WHERE a."conversationId" = c.id)`;

function filterConditions(viewer: Viewer, filters: Omit<InboxFilters, "view">): Prisma.Sql[] {
  const conditions = [
    Prisma.sql`c."organizationId" = ${viewer.organizationId}`,
    Prisma.sql`c."isResolved" = ${filters.status === "resolved"}`,
  ];
  if (!canSeeWholeOrganization(viewer)) {
    conditions.push(Prisma.sql`(c."userId" = ${viewer.userId} OR ${assignedTo(viewer.userId)})`);
  }
  if (filters.channel) conditions.push(Prisma.sql`c."channelType" = ${filters.channel}::"ChannelType"`);
  if (filters.assignee) conditions.push(assignedTo(filters.assignee));
  if (filters.unseen) {
    conditions.push(Prisma.sql`(
      EXISTS (SELECT 1 FROM "ConversationSeen" s
              WHERE s."conversationId" = c.id AND s."userId" = ${viewer.userId} AND s."markedUnseen")
      OR (c."lastIncomingAt" IS NOT NULL AND NOT EXISTS (
              SELECT 1 FROM "ConversationSeen" s
              WHERE s."conversationId" = c.id AND s."userId" = ${viewer.userId} AND s."seenAt" >= c."lastIncomingAt")))`);
  }
  if (filters.q) {
    const pattern = `%${filters.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    conditions.push(Prisma.sql`c."contactId" IN (
      SELECT ct.id FROM "Contact" ct WHERE ct."organizationId" = ${viewer.organizationId}
        AND (ct."fullName" ILIKE ${pattern} OR ct.phone ILIKE ${pattern} OR ct.email ILIKE ${pattern}))`);
  }
  return conditions;
}

function viewCondition(viewer: Viewer, view: InboxFilters["view"]): Prisma.Sql | null {
  if (view === "mine") return assignedTo(viewer.userId);
  if (view === "unassigned") return Prisma.sql`NOT ${hasAssignees}`;
  return null;
}

export async function listInbox(options: { viewer: Viewer; filters: InboxFilters; cursor?: string; limit: number }) {
  const { viewer, filters, limit } = options;
  const conditions = filterConditions(viewer, filters);
  const view = viewCondition(viewer, filters.view);
  if (view) conditions.push(view);
  if (options.cursor) {
    const after: Cursor = decodeCursor(options.cursor);
    conditions.push(Prisma.sql`(c."lastMessageTime", c.id) < (${after.time}, ${after.id})`);
  }
  const page = await db.$queryRaw<{ id: string; lastMessageTime: Date }[]>`
    SELECT c.id, c."lastMessageTime" FROM "Conversation" c
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY c."lastMessageTime" DESC, c.id DESC
    LIMIT ${limit + 1}`;
  const ids = page.slice(0, limit).map((r) => r.id);
  const last = page.length > limit ? page[limit - 1] : undefined;

  const rows = ids.length
    ? await db.conversation.findMany({
        where: { id: { in: ids } },
        include: { ...conversationInclude(viewer.userId), contact: { select: contactSummary } },
      })
    : [];
  const latestIds = rows.flatMap((r) => (r.latestMessageId ? [r.latestMessageId] : []));
  const previews = latestIds.length
    ? await db.message.findMany({ where: { id: { in: latestIds } }, select: previewSelect })
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const previewById = new Map(previews.map((p) => [p.id, p]));
  return {
    rows: ids.flatMap((id) => {
      const row = byId.get(id);
      if (!row) return []; // deleted between the two queries
      return [{ ...row, preview: row.latestMessageId ? (previewById.get(row.latestMessageId) ?? null) : null }];
    }),
    nextCursor: last ? encodeCursor({ time: last.lastMessageTime, id: last.id }) : null,
  };
}

/** How many conversations each view holds under the other filters: one query. */
export async function countInbox(options: { viewer: Viewer; filters: Omit<InboxFilters, "view"> }) {
  const { viewer, filters } = options;
  const [counts] = await db.$queryRaw<{ mine: bigint; unassigned: bigint; all: bigint }[]>`
    SELECT count(*) FILTER (WHERE ${assignedTo(viewer.userId)}) AS mine,
           count(*) FILTER (WHERE NOT ${hasAssignees}) AS unassigned,
           count(*) AS all
    FROM "Conversation" c
    WHERE ${Prisma.join(filterConditions(viewer, filters), " AND ")}`;
  return {
    mine: Number(counts?.mine ?? 0),
    unassigned: Number(counts?.unassigned ?? 0),
    all: Number(counts?.all ?? 0),
  };
}

export const contactSummary = { id: true, fullName: true, phone: true, email: true } as const;

const previewSelect = {
  id: true,
  body: true,
  isIncoming: true,
  senderType: true,
  automationName: true,
  actions: true,
  attachments: true,
  createdAt: true,
} as const;

export type InboxRow = Awaited<ReturnType<typeof listInbox>>["rows"][number];
