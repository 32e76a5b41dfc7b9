import "server-only";
import { canSeeWholeOrganization, type Viewer } from "@/lib/auth/viewer";
import { agentConversationIdsSql, assignedToSql, queueAccessSql, statusSql } from "@/lib/conversations/access";
import { isUpdatedSql } from "@/lib/conversations/json";
import { isoDate } from "@/lib/db/json-sql";
import { query, queryPlannedEach } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { type Cursor, decodeCursor, encodeCursor } from "@/lib/http/cursor";
import type { InboxFilters } from "@/lib/inbox/filters";
import { inboxRowJson } from "@/lib/inbox/json";
import { estimatedShare, matchSql, type Search, searchSql, withMatch } from "@/lib/inbox/search";

// The agent's inbox: every conversation the viewer may access, across contacts, filtered and
// newest activity first, paged by keyset on (lastMessageTime, id); or, sorted by waiting, only
// those whose contact waits for an answer, longest first, by keyset on (waitingSince, id). Hand-written SQL because each
// view is driven by the index made for it (see the inbox_at_scale migration), and because the
// per-viewer unseen rule compares two tables' columns, which Prisma's query API cannot express.
// A page is one statement whatever its size: the page's keys, then each row's JSON built by
// PostgreSQL (conversation, assignees, seen state, contact, latest message) by primary key.

/** Where a view's rows come from, and the sort key of the index that serves it: a time (newest
 *  first, or oldest first when `ascending`) and an id. */
export type Source = {
  from: Prisma.Sql;
  conditions: Prisma.Sql[];
  time: Prisma.Sql;
  id: Prisma.Sql;
  ascending?: boolean;
};

/** The sort key on a table that has lastMessageTime and waitingSince (a conversation, or an
 *  assignee's copy), with the condition the waiting order adds (a literal, so that the planner
 *  matches the partial indexes made for it). */
function keyOn(alias: string, id: string, sort: InboxFilters["sort"]) {
  const waiting = sort === "waiting";
  return {
    time: Prisma.raw(`${alias}."${waiting ? "waitingSince" : "lastMessageTime"}"`),
    id: Prisma.raw(id),
    ascending: waiting,
    conditions: waiting ? [Prisma.raw(`${alias}."waitingSince" IS NOT NULL`)] : [],
  };
}

/** `ORDER BY time, id`, both newest first, or both oldest first (the waiting order). */
export const orderBySql = (time: Prisma.Sql, id: Prisma.Sql, ascending = false) => {
  const direction = Prisma.raw(ascending ? "ASC" : "DESC");
  return Prisma.sql`ORDER BY ${time} ${direction}, ${id} ${direction}`;
};

/** A source on `from`, its key on `alias`: the conditions given and the ones its key adds. */
function keyed(from: Prisma.Sql, conditions: Prisma.Sql[], key: ReturnType<typeof keyOn>): Source {
  const { conditions: keyConditions, ...order } = key;
  return { from, conditions: [...conditions, ...keyConditions], ...order };
}

export function sourceFor(viewer: Viewer, filters: InboxFilters): Source {
  const { status, sort } = filters;
  const agent = !canSeeWholeOrganization(viewer);
  const inOrganization = Prisma.sql`c."organizationId" = ${viewer.organizationId}`;
  const byKey = keyOn("c", "c.id", sort);
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
    return keyed(
      Prisma.sql`"ConversationAssignee" a JOIN "Conversation" c ON c.id = a."conversationId"`,
      conditions,
      keyOn("a", `a."conversationId"`, sort),
    );
  }
  const conditions = [inOrganization, ...statusSql("c", status)];
  // A literal, so that the planner matches the partial index Conversation_unassigned_idx.
  if (filters.view === "unassigned") conditions.push(Prisma.raw(`c."assigneeCount" = 0`));
  const [label] = filters.labels ?? [];
  if (!agent && label && sort !== "waiting") {
    // One label's conversations: a range of (labelId, isResolved, lastMessageTime, conversationId);
    // any other label named is a condition on each (filterConditions). By waiting, the waiting
    // index drives and every label is a condition.
    return {
      from: Prisma.sql`"ConversationLabel" l JOIN "Conversation" c ON c.id = l."conversationId"`,
      conditions: [...conditions, Prisma.sql`l."labelId" = ${label}`, ...statusSql("l", status)],
      time: Prisma.sql`l."lastMessageTime"`,
      id: Prisma.sql`l."conversationId"`,
    };
  }
  if (!agent) return keyed(Prisma.sql`"Conversation" c`, conditions, byKey);
  // An agent's conversations are few: drive from them. Unassigned ones can only be its own.
  if (filters.view === "unassigned") {
    return keyed(Prisma.sql`"Conversation" c`, [...conditions, Prisma.sql`c."userId" = ${viewer.userId}`], byKey);
  }
  return keyed(
    Prisma.sql`${agentConversationIdsSql(viewer, status, sort === "waiting")} own JOIN "Conversation" c ON c.id = own.id`,
    conditions,
    byKey,
  );
}

/** The filters every view shares: channel, unseen for the viewer, stalled, labels. (A search is a
 *  choice of conditions, each paged on its own: `searchOf`.) */
export function filterConditions(viewer: Viewer, filters: InboxFilters): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filters.channel) conditions.push(Prisma.sql`c."channelType" = ${filters.channel}::"ChannelType"`);
  if (filters.unseen) conditions.push(isUpdatedSql(viewer.userId));
  if (filters.stalled) conditions.push(stalledSql(viewer.organizationId));
  for (const label of filters.labels ?? []) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "ConversationLabel" cl
      WHERE cl."conversationId" = c.id AND cl."labelId" = ${label})`);
  }
  return conditions;
}

/** A search's conditions (by contact, by message text), any one of which a row must meet besides
 *  the shared ones, and the table they read; none without one. */
export const searchOf = async (viewer: Viewer, filters: Pick<InboxFilters, "q">): Promise<Search | undefined> =>
  filters.q ? searchSql(viewer.organizationId, filters.q, await estimatedShare(filters.q)) : undefined;

/** A statement that reads the search's table (`search`), with it. */
export const withSearch = (search: Search | undefined, statement: Prisma.Sql) =>
  search ? Prisma.sql`WITH ${search.table} ${statement}` : statement;

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
  const sources = sourcesFor(viewer, filters);
  const ascending = filters.sort === "waiting";
  const search = await searchOf(viewer, filters);
  const page = pageSql(sources, shared, search?.alternatives ?? [], after, limit + 1, ascending);
  const match = filters.q ? matchSql(filters.q) : undefined;
  const rowsOf = (keys: Prisma.Sql) => Prisma.sql`
    SELECT page.id, page.key, ${inboxRowJson(viewer.userId)} AS json
      ${match ? Prisma.sql`, CASE WHEN hit.id IS NOT NULL THEN json_build_object('id', hit.id, 'createdAt', ${isoDate(`hit."createdAt"`)}, 'snippet', hit.snippet) END AS hit` : Prisma.empty}
    FROM (${keys}) page
    JOIN "Conversation" c ON c.id = page.id
    JOIN "Contact" ct ON ct.id = c."contactId"
    LEFT JOIN "Message" p ON p.id = c."latestMessageId"
    ${match ? Prisma.sql`LEFT JOIN LATERAL (${match}) hit ON true` : Prisma.empty}
    ${orderBySql(Prisma.sql`page.key`, Prisma.sql`page.id`, ascending)}`;
  type Row = { id: string; key: Date; json: string; hit?: { id: string; createdAt: string; snippet: string } | null };
  let rows: Row[];
  if (filters.q) {
    // A search's page is planned for its words each time (a rare word and a common one want
    // different plans); its rows, whose JSON builders cost more to plan than a page to find, by
    // a statement prepared once, from the page's ids.
    const found = await queryPlannedEach<{ id: string; key: Date }>(withSearch(search, page));
    rows = found.length
      ? await query<Row>(
          rowsOf(Prisma.sql`SELECT * FROM unnest(${found.map((r) => r.id)}::char(24)[],
            ${found.map((r) => r.key.toISOString())}::timestamptz[]) AS found(id, key)`),
        )
      : [];
  } else rows = await query<Row>(rowsOf(page));
  const last = rows.length > limit ? rows[limit - 1] : undefined;
  return {
    rows: rows.slice(0, limit).map((row) => (row.hit ? withMatch(row.json, row.hit) : row.json)),
    nextCursor: last ? encodeCursor({ time: last.key, id: last.id }) : null,
  };
}

/** A page of a source: its sort key as `key`, after the cursor in the source's order. */
function pageOf(source: Source, filters: Prisma.Sql[], after: Cursor | undefined, take: number): Prisma.Sql {
  const conditions = [...source.conditions, ...filters];
  if (after) {
    const beyond = Prisma.raw(source.ascending ? ">" : "<");
    conditions.push(Prisma.sql`(${source.time}, ${source.id}) ${beyond} (${after.time}, ${after.id})`);
  }
  return Prisma.sql`
    SELECT ${source.id} AS id, ${source.time} AS key FROM ${source.from}
    WHERE ${Prisma.join(conditions, " AND ")}
    ${orderBySql(source.time, source.id, source.ascending)}
    LIMIT ${take}`;
}

/**
 * A page of ids and keys: each source under the shared conditions and each alternative (any one of
 * which will do), paged on its own in the same order and merged. Each is read from an index already
 * in that order and stopped after one page: a plan for an OR of them, or for a whole set sorted,
 * cost tens of milliseconds at 200,000 conversations.
 */
export function pageSql(
  sources: Source[],
  shared: Prisma.Sql[],
  alternatives: Prisma.Sql[],
  after: Cursor | undefined,
  take: number,
  ascending: boolean,
): Prisma.Sql {
  const branches = alternatives.length ? alternatives.map((alternative) => [...shared, alternative]) : [shared];
  const pages = sources.flatMap((source) => branches.map((conditions) => pageOf(source, conditions, after, take)));
  if (pages.length === 1) return pages[0]!;
  return Prisma.sql`
    SELECT id, key FROM (${Prisma.join(
      pages.map((page) => Prisma.sql`(${page})`),
      " UNION ",
    )}) own
    ${orderBySql(Prisma.sql`key`, Prisma.sql`id`, ascending)} LIMIT ${take}`;
}

/** The sources a page of the view merges: its one, or an agent's All view's two. */
export const sourcesFor = (viewer: Viewer, filters: InboxFilters): Source[] =>
  !canSeeWholeOrganization(viewer) && filters.view === "all" && !filters.assignee
    ? agentAllSources(viewer, filters)
    : [sourceFor(viewer, filters)];

/** An agent's All view: what it is assigned to and what it owns (agentConversationIdsSql's two
 *  halves, each a source of its own so that a page reads each in order). */
function agentAllSources(viewer: Viewer, { status, sort }: InboxFilters): Source[] {
  return [
    keyed(
      Prisma.sql`"ConversationAssignee" a JOIN "Conversation" c ON c.id = a."conversationId"`,
      [Prisma.sql`a."userId" = ${viewer.userId}`, ...statusSql("a", status)],
      keyOn("a", `a."conversationId"`, sort),
    ),
    keyed(
      Prisma.sql`"Conversation" c`,
      [Prisma.sql`c."userId" = ${viewer.userId}`, ...statusSql("c", status)],
      keyOn("c", "c.id", sort),
    ),
  ];
}
