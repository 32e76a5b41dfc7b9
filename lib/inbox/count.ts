import "server-only";
import { canSeeWholeOrganization, type Viewer } from "@/lib/auth/viewer";
import { agentConversationIdsSql, statusSql } from "@/lib/conversations/access";
import { query, queryPlannedEach } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { InboxFilters } from "@/lib/inbox/filters";
import { filterConditions, pageSql, searchOf, sourcesFor, withSearch } from "@/lib/inbox/list";

/** Counts stop here: past it the inbox shows "1,000+". Exact counts of a busy organization's
 *  whole inbox would scan most of the table on every poll of every open inbox. */
export const COUNT_CAP = 1000;
/** Under a search, counts stop sooner: each conversation counted has its messages' words tested. */
export const SEARCH_COUNT_CAP = 100;

/** Where the counts under these filters stop. */
export const countCap = (filters: Pick<InboxFilters, "q">) => (filters.q ? SEARCH_COUNT_CAP : COUNT_CAP);

/** How many conversations each view holds under the other filters, up to countCap: one query.
 *  Without filters (but the order, whose waiting ones it counts) a count reads only the index that
 *  serves its view, joining nothing. */
export async function countInbox(options: { viewer: Viewer; filters: Omit<InboxFilters, "view"> }) {
  const { viewer, filters } = options;
  const plain =
    !filters.channel && !filters.unseen && !filters.stalled && !filters.q && !filters.assignee && !filters.labels;
  const waiting = filters.sort === "waiting";
  const capped = (rows: Prisma.Sql) => Prisma.sql`(SELECT count(*) FROM (${rows} LIMIT ${COUNT_CAP}) capped)`;
  const search = await searchOf(viewer, filters);
  const count = (view: InboxFilters["view"]) => {
    if (plain && view === "mine") {
      return capped(
        Prisma.sql`SELECT 1 FROM "ConversationAssignee" a WHERE a."userId" = ${viewer.userId}
          AND ${Prisma.join(statusSql("a", filters.status), " AND ")}
          ${waiting ? Prisma.raw(`AND a."waitingSince" IS NOT NULL`) : Prisma.empty}`,
      );
    }
    if (plain && view === "all" && !canSeeWholeOrganization(viewer)) {
      return capped(Prisma.sql`SELECT 1 FROM ${agentConversationIdsSql(viewer, filters.status, waiting)} own`);
    }
    const scoped = { ...filters, view };
    const page = pageSql(
      sourcesFor(viewer, scoped),
      filterConditions(viewer, scoped),
      search?.alternatives ?? [],
      undefined,
      countCap(filters),
      waiting,
    );
    return Prisma.sql`(SELECT count(*) FROM (${page}) capped)`;
  };
  // count(*) is a bigint, which pg returns as a string.
  const statement = withSearch(
    search,
    Prisma.sql`SELECT ${count("mine")} AS mine, ${count("unassigned")} AS unassigned, ${count("all")} AS all`,
  );
  // A search is planned for its words each time (lib/inbox/list.ts).
  const [counts] = await (filters.q ? queryPlannedEach : query)<{ mine: string; unassigned: string; all: string }>(
    statement,
  );
  return {
    mine: Number(counts?.mine ?? 0),
    unassigned: Number(counts?.unassigned ?? 0),
    all: Number(counts?.all ?? 0),
  };
}
