import type { InfiniteData } from "@tanstack/react-query";
import type { ConversationJson } from "@/lib/conversations/json";
import type { SnoozeSpec } from "@/lib/conversations/schemas";
import { snoozeMoment } from "@/lib/conversations/snooze-times";
import { newer, orderOf, stamp } from "@/lib/queries/newer";
import type { UserJson } from "@/lib/users/json";

// Pure cache transforms: what a pending write will leave (shown over the cache, never written into
// it: lib/queries/pending.ts), and where the server's copies go, the newer of two copies kept
// (lib/queries/newer.ts).

type Page<Row> = { conversations: Row[]; nextCursor: string | null };

export function withResolved<C extends ConversationJson>(conversation: C, isResolved: boolean, now = new Date()): C {
  if (conversation.isResolved === isResolved) return conversation;
  return { ...conversation, isResolved, resolvedAt: isResolved ? now.toISOString() : null };
}

/** The snooze a write will leave (null: awake); snoozing reopens, as the server does. */
export function withSnooze<C extends ConversationJson>(
  conversation: C,
  snooze: SnoozeSpec | null,
  timeZone: string,
): C {
  const { snooze: _was, ...rest } = conversation;
  if (!snooze) return rest as C;
  const moment = snoozeMoment(snooze, timeZone);
  if (moment && Number.isNaN(moment.getTime())) return conversation;
  return { ...withResolved(conversation, false), snooze: { until: moment?.toISOString() ?? null } };
}

export function withUpdatedFlag<C extends ConversationJson>(conversation: C, isUpdated: boolean): C {
  return conversation.isUpdated === isUpdated ? conversation : { ...conversation, isUpdated };
}

/** The assignees a write will leave (for a bulk action, lib/conversations/bulk-action.ts). */
export function withAssignees<C extends ConversationJson>(conversation: C, userIds: string[], users: UserJson[]): C {
  const byId = new Map(users.map((u) => [u._id, u]));
  const assignees = userIds.flatMap((id) => {
    const user = byId.get(id);
    return user ? [{ _id: user._id, fullName: user.fullName, email: user.email }] : [];
  });
  return { ...conversation, assignees };
}

/** Every page's rows through `rows`, each page a new object that keeps the order it was asked in. */
function withPageRows<Row>(
  data: InfiniteData<Page<Row>> | undefined,
  rows: (page: Row[]) => Row[],
): InfiniteData<Page<Row>> | undefined {
  if (!data) return data;
  return {
    ...data,
    pages: data.pages.map((page) => stamp({ ...page, conversations: rows(page.conversations) }, orderOf(page))),
  };
}

/** Applies `change` to the rows with these ids in every page of an infinite list. */
export const mapRows = <Row extends { _id: string }>(
  data: InfiniteData<Page<Row>> | undefined,
  ids: ReadonlySet<string>,
  change: (row: Row) => Row,
) => withPageRows(data, (rows) => rows.map((row) => (ids.has(row._id) ? change(row) : row)));

export const removeRows = <Row extends { _id: string }>(
  data: InfiniteData<Page<Row>> | undefined,
  ids: ReadonlySet<string>,
) => withPageRows(data, (rows) => rows.filter((row) => !ids.has(row._id)));

type ListedRow = { _id: string; lastMessageTime: string };

/** The inbox's order: newest activity first, then the larger id (as the server pages it). */
const listedBefore = (a: ListedRow, b: ListedRow) =>
  a.lastMessageTime === b.lastMessageTime ? a._id > b._id : a.lastMessageTime > b.lastMessageTime;

/**
 * Puts the server's answer about some rows into a loaded list: of the rows named in `ids`, those in
 * `fresh` are in the list (the newer of the cached and the fresh copy is kept) and the others have
 * left it, unless the list's own copy was asked after this answer (`order`, lib/queries/newer.ts):
 * then it knows better. Each row goes where the list's order puts it. A row that sorts after
 * everything loaded stays out while pages remain to load: it is on one of those, and arrives with it.
 */
export function placeRows<Row extends ListedRow>(
  data: InfiniteData<Page<Row>> | undefined,
  ids: ReadonlySet<string>,
  fresh: Row[],
  order = Number.POSITIVE_INFINITY,
): InfiniteData<Page<Row>> | undefined {
  if (!data) return data;
  const cached = new Map(
    data.pages.flatMap((page) => page.conversations.filter((row) => ids.has(row._id))).map((r) => [r._id, r]),
  );
  const answered = new Map(fresh.map((row) => [row._id, row]));
  const placed = [...ids].flatMap((id) => {
    const [mine, theirs] = [cached.get(id), answered.get(id)];
    if (theirs) return [newer(mine, theirs)];
    return mine && orderOf(mine) > order ? [mine] : [];
  });
  const removed = removeRows(data, ids);
  if (!removed || removed.pages.length === 0) return removed;
  const { pages } = removed; // new arrays: rows may go in without touching `data`
  const complete = pages.at(-1)?.nextCursor === null;
  for (const row of placed) {
    const placed = pages.some((page) => {
      const at = page.conversations.findIndex((listed) => listedBefore(row, listed));
      if (at >= 0) page.conversations.splice(at, 0, row);
      return at >= 0;
    });
    if (!placed && complete) pages.at(-1)?.conversations.push(row);
  }
  return removed;
}

type MessagePages<M> = InfiniteData<{ messages: M[]; nextCursor: string | null }>;

/**
 * Merges a fresh copy of the newest messages into the newest loaded page: new messages join it,
 * known ones take the newer copy (a delivery status may have moved; one asked earlier and answered
 * late is not newer). Older pages and the cursor to them are untouched: only a thread's end changes.
 */
export function mergeNewestMessages<M extends { _id: string; createdAt: string }>(
  data: MessagePages<M> | undefined,
  fresh: M[],
): MessagePages<M> | undefined {
  const newest = data?.pages[0];
  if (!data || !newest) return data;
  const oldest = newest.messages[0];
  const byId = new Map(newest.messages.map((m) => [m._id, m]));
  for (const message of fresh) {
    // Messages older than this page belong to pages already loaded (or not yet loaded): skip.
    if (oldest && message.createdAt < oldest.createdAt) continue;
    byId.set(message._id, newer(byId.get(message._id), message));
  }
  const messages = [...byId.values()].sort((a, b) =>
    a.createdAt === b.createdAt ? a._id.localeCompare(b._id) : a.createdAt.localeCompare(b.createdAt),
  );
  return { ...data, pages: [{ ...newest, messages }, ...data.pages.slice(1)] };
}

/** A message the server just accepted, added to the end of the newest loaded page of its thread
 *  (or, when a read brought it first, kept as the newer of the two copies). */
export function appendNewestMessage<M extends { _id: string }>(
  data: MessagePages<M> | undefined,
  message: M,
): MessagePages<M> | undefined {
  const newest = data?.pages[0];
  if (!data || !newest) return data;
  const known = newest.messages.findIndex((m) => m._id === message._id);
  const messages =
    known < 0 ? [...newest.messages, message] : newest.messages.map((m, i) => (i === known ? newer(m, message) : m));
  return { ...data, pages: [{ ...newest, messages }, ...data.pages.slice(1)] };
}

/** A thread without one message (a note deleted here or elsewhere). */
export function withoutMessage<M extends { _id: string }>(
  data: MessagePages<M> | undefined,
  messageId: string,
): MessagePages<M> | undefined {
  if (!data?.pages.some((page) => page.messages.some((m) => m._id === messageId))) return data;
  return {
    ...data,
    pages: data.pages.map((page) => ({ ...page, messages: page.messages.filter((m) => m._id !== messageId) })),
  };
}

/** A write's answer (the conversation as it now is) over the rows that show it: each keeps the newer
 *  copy of the conversation's fields, and its own (its contact, its preview, the viewer's draft). */
export function withConversation<Row extends ConversationJson>(row: Row, conversation: ConversationJson): Row {
  // A conversation without labels carries no `labels` key; a row always does. One that is awake
  // carries no `snooze`: the row's goes. (waitingSince is the row's own: its next read says it.)
  const labels = "labels" in row ? { labels: conversation.labels ?? [] } : {};
  const { snooze: _was, ...rest } = row;
  return newer(row, stamp({ ...rest, ...conversation, ...labels } as Row, orderOf(conversation)));
}

/** What a pending write will leave: its conversations changed, or gone. */
export type PendingWrite = {
  ids: string[];
  change?: <C extends ConversationJson>(conversation: C) => C;
  remove?: boolean;
};

/** A conversation as the person should see it while their writes are on their way. */
export function withPending<C extends ConversationJson>(conversation: C, pending: readonly PendingWrite[]): C | null {
  let shown: C | null = conversation;
  for (const write of pending) {
    if (!shown || !write.ids.includes(shown._id)) continue;
    shown = write.remove ? null : (write.change?.(shown) ?? shown);
  }
  return shown;
}

/** A list of rows, or a list's pages, as the person should see them while their writes are on their way. */
export function rowsWithPending<C extends ConversationJson>(rows: C[], pending: readonly PendingWrite[]): C[] {
  if (pending.length === 0) return rows;
  return rows.flatMap((row) => withPending(row, pending) ?? []);
}

export function pagesWithPending<Row extends ConversationJson>(
  data: InfiniteData<Page<Row>>,
  pending: readonly PendingWrite[],
): InfiniteData<Page<Row>> {
  if (pending.length === 0) return data;
  return withPageRows(data, (rows) => rowsWithPending(rows, pending)) as InfiniteData<Page<Row>>;
}

/** A thread's read, keeping each message the cache holds a newer copy of (its status moved after
 *  the read was asked): the structuralSharing of a thread's query. */
export function keepNewerMessages<M extends { _id: string }>(
  cached: MessagePages<M> | undefined,
  fresh: MessagePages<M>,
): MessagePages<M> {
  if (!cached) return fresh;
  const known = new Map(cached.pages.flatMap((page) => page.messages).map((m) => [m._id, m]));
  return {
    ...fresh,
    pages: fresh.pages.map((page) => ({ ...page, messages: page.messages.map((m) => newer(known.get(m._id), m)) })),
  };
}
