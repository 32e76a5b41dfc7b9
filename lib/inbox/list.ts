import "server-only";
import { canSeeWholeOrganization, type Viewer } from "@/lib/auth/viewer";
import { agentConversationIdsSql, assignedToSql, queueAccessSql, statusSql } from "@/lib/conversations/access";
import { isUpdatedSql } from "@/lib/conversations/json";
import { escapeLike, query } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { type Cursor, decodeCursor, encodeCursor } from "@/lib/http/cursor";
import type { InboxFilters } from "@/lib/inbox/filters";
import { inboxRowJson } from "@/lib/inbox/json";

// The agent's inbox: every conversation the viewer may access, across contacts, filtered and
// newest activity first, paged by keyset on (lastMessageTime, id). Hand-written SQL because each
// view is driven by the index made for it (see the inbox_at_scale migration), and because the
// per-viewer unseen rule compares two tables' columns, which Prisma's query API cannot express.
// A page is one statement whatever its size: the page's keys, then each row's JSON built by
// PostgreSQL (conversation, assignees, seen state, contact, latest message) by primary key.

/** Where a view's rows come from, and the sort key of the index that serves it. */
export type Source = { from: Prisma.Sql; conditions: Prisma.Sql[]; time: Prisma.Sql; id: Prisma.Sql };

export function sourceFor(viewer: Viewer, filters: InboxFilters): Source {
  const { status } = filters;
  const agent = !canSeeWholeOrganization(viewer);
  const inOrganization = Prisma.sql`c."organizationId" = ${viewer.organizationId}`;
  const byTime = { time: Prisma.sql`c."lastMessageTime"`, id: Prisma.sql`c.id` };
  const queueOf = filters.view === "mine" ? viewer.userId : filters.assignee;
  if (queueOf) {
    // One person's queue: a range of (userId, isResolved, lastMessageTime, conversationId). The
    // viewer's own queue needs no access check: being assigned is access.
    const conditions = [
      Prisma.sql`a."userId" = ${queueOf}`,
      ...statusSql("a", status),
      queueAccessSql(viewer, queueOf),
    ];
    if (filters.assignee && filters.assignee !== queueOf) conditions.push(assignedToSql(filters.assignee));
    return {
      from: Prisma.sql`"ConversationAssignee" a JOIN "Conversation" c ON c.id = a."conversationId"`,
      conditions,
      time: Prisma.sql`a."lastMessageTime"`,
      id: Prisma.sql`a."conversationId"`,
    };
  }
  const conditions = [inOrganization, ...statusSql("c", status)];
  // A literal, so that the planner matches the partial index Conversation_unassigned_idx.
  if (filters.view === "unassigned") conditions.push(Prisma.raw(`c."assigneeCount" = 0`));
  const [label] = filters.labels ?? [];
  if (!agent && label) {
    // One label's conversations: a range of (labelId, isResolved, lastMessageTime, conversationId);
    // any other label named is a condition on each (filterConditions).
    return {
      from: Prisma.sql`"ConversationLabel" l JOIN "Conversation" c ON c.id = l."conversationId"`,
      conditions: [...conditions, Prisma.sql`l."labelId" = ${label}`, ...statusSql("l", status)],
      time: Prisma.sql`l."lastMessageTime"`,
      id: Prisma.sql`l."conversationId"`,
    };
  }
  if (!agent) return { from: Prisma.sql`"Conversation" c`, conditions, ...byTime };
  // An agent's conversations are few: drive from them. Unassigned ones can only be its own.
  if (filters.view === "unassigned") {
    return {
      from: Prisma.sql`"Conversation" c`,
      conditions: [...conditions, Prisma.sql`c."userId" = ${viewer.userId}`],
      ...byTime,
    };
  }
  return {
    from: Prisma.sql`${agentConversationIdsSql(viewer, status)} own JOIN "Conversation" c ON c.id = own.id`,
    conditions,
    ...byTime,
  };
}

/** The filters every view shares: channel, unseen for the viewer, search over the contact. */
export function filterConditions(viewer: Viewer, filters: InboxFilters): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filters.channel) conditions.push(Prisma.sql`c."channelType" = ${filters.channel}::"ChannelType"`);
  if (filters.unseen) conditions.push(isUpdatedSql(viewer.userId));
  if (filters.stalled) conditions.push(stalledSql(viewer.organizationId));
  for (const label of filters.labels ?? []) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "ConversationLabel" cl
      WHERE cl."conversationId" = c.id AND cl."labelId" = ${label})`);
  }
  if (filters.q) {
    const pattern = `%${escapeLike(filters.q)}%`;
    conditions.push(Prisma.sql`c."contactId" IN (
      SELECT ct.id FROM "Contact" ct WHERE ct."organizationId" = ${viewer.organizationId}
        AND (ct."fullName" ILIKE ${pattern} OR ct.phone ILIKE ${pattern} OR ct.email ILIKE ${pattern}))`);
  }
  return conditions;
}

/**
 * On autopilot, the contact's message the newest (nothing answered it, not even a stamp), and older
 * than the organization's threshold: the reference's "stalled on autopilot". The first condition a
 * literal, so that the planner reads the partial index Conversation_autopilot_idx.
 */
const stalledSql = (organizationId: string) => Prisma.sql`${Prisma.raw(`c."isAutopilot"`)}
  AND c."lastIncomingAt" >= c."lastMessageTime"
  AND c."lastIncomingAt" < now() - make_interval(mins => (SELECT o."autopilotStalledMinutes" FROM "Organization" o WHERE o.id = ${organizationId}))`;

/**
 * A page of the inbox: each row's JSON text (lib/inbox/json.ts), and the cursor of the next page.
 * With `ids`, only those of these conversations that the list holds (what a live client re-reads
 * when events say they changed: a row to put in place, or to take out).
 */
export async function listInbox(options: {
  viewer: Viewer;
  filters: InboxFilters;
  ids?: string[];
  cursor?: string;
  limit: number;
}) {
  const { viewer, filters, limit } = options;
  const after = options.cursor ? decodeCursor(options.cursor) : undefined;
  const shared = filterConditions(viewer, filters);
  if (options.ids) shared.push(Prisma.sql`c.id = ANY(${options.ids}::char(24)[])`);
  const page =
    !canSeeWholeOrganization(viewer) && filters.view === "all" && !filters.assignee
      ? agentAllPage(viewer, filters.status, shared, after, limit + 1)
      : pageOf(sourceFor(viewer, filters), shared, after, limit + 1);
  const rows = await query<{ id: string; lastMessageTime: Date; json: string }>(Prisma.sql`
    SELECT page.id, page."lastMessageTime", ${inboxRowJson(viewer.userId)} AS json
    FROM (${page}) page
    JOIN "Conversation" c ON c.id = page.id
    JOIN "Contact" ct ON ct.id = c."contactId"
    LEFT JOIN "Message" p ON p.id = c."latestMessageId"
    ORDER BY page."lastMessageTime" DESC, page.id DESC`);
  const last = rows.length > limit ? rows[limit - 1] : undefined;
  return {
    rows: rows.slice(0, limit).map((row) => row.json),
    nextCursor: last ? encodeCursor({ time: last.lastMessageTime, id: last.id }) : null,
  };
}

function pageOf(source: Source, filters: Prisma.Sql[], after: Cursor | undefined, take: number): Prisma.Sql {
  const conditions = [...source.conditions, ...filters];
  if (after) conditions.push(Prisma.sql`(${source.time}, ${source.id}) < (${after.time}, ${after.id})`);
  return Prisma.sql`
    SELECT ${source.id} AS id, ${source.time} AS "lastMessageTime" FROM ${source.from}
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY ${source.time} DESC, ${source.id} DESC
    LIMIT ${take}`;
}

/**
 * An agent's All view: what it is assigned to and what it owns, each read from an index already in
 * the right order and stopped after one page, then merged. Reading the whole set and sorting it
 * cost tens of milliseconds at 200,000 conversations.
 */
function agentAllPage(
  viewer: Viewer,
  status: InboxFilters["status"],
  shared: Prisma.Sql[],
  after: Cursor | undefined,
  take: number,
): Prisma.Sql {
  const assigned: Source = {
    from: Prisma.sql`"ConversationAssignee" a JOIN "Conversation" c ON c.id = a."conversationId"`,
    conditions: [Prisma.sql`a."userId" = ${viewer.userId}`, ...statusSql("a", status)],
    time: Prisma.sql`a."lastMessageTime"`,
    id: Prisma.sql`a."conversationId"`,
  };
  const owned: Source = {
    from: Prisma.sql`"Conversation" c`,
    conditions: [Prisma.sql`c."userId" = ${viewer.userId}`, ...statusSql("c", status)],
    time: Prisma.sql`c."lastMessageTime"`,
    id: Prisma.sql`c.id`,
  };
  return Prisma.sql`
    SELECT id, "lastMessageTime" FROM ((${pageOf(assigned, shared, after, take)}) UNION (${pageOf(owned, shared, after, take)})) own
    ORDER BY "lastMessageTime" DESC, id DESC LIMIT ${take}`;
}
