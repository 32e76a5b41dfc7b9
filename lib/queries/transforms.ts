import type { InfiniteData } from "@tanstack/react-query";
import type { ConversationJson } from "@/lib/conversations/json";
import type { UserJson } from "@/lib/users/json";

// Pure cache transforms for optimistic updates: what the server will answer, guessed locally.

type Page<Row> = { conversations: Row[]; nextCursor: string | null };

export function withResolved<C extends ConversationJson>(conversation: C, isResolved: boolean, now = new Date()): C {
  if (conversation.isResolved === isResolved) return conversation;
  return { ...conversation, isResolved, resolvedAt: isResolved ? now.toISOString() : null };
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

/** Applies `change` to the rows with these ids in every page of an infinite list. */
export function mapRows<Row extends { _id: string }>(
  data: InfiniteData<Page<Row>> | undefined,
  ids: ReadonlySet<string>,
  change: (row: Row) => Row,
): InfiniteData<Page<Row>> | undefined {
  if (!data) return data;
  return {
    ...data,
    pages: data.pages.map((page) => ({
      ...page,
      conversations: page.conversations.map((row) => (ids.has(row._id) ? change(row) : row)),
    })),
  };
}

export function removeRows<Row extends { _id: string }>(
  data: InfiniteData<Page<Row>> | undefined,
  ids: ReadonlySet<string>,
): InfiniteData<Page<Row>> | undefined {
  if (!data) return data;
  return {
    ...data,
    pages: data.pages.map((page) => ({
      ...page,
      conversations: page.conversations.filter((row) => !ids.has(row._id)),
    })),
  };
}

type ListedRow = { _id: string; lastMessageTime: string };

/** The inbox's order: newest activity first, then the larger id (as the server pages it). */
const listedBefore = (a: ListedRow, b: ListedRow) =>
  a.lastMessageTime === b.lastMessageTime ? a._id > b._id : a.lastMessageTime > b.lastMessageTime;

/**
 * Puts the server's current copy of some rows into a loaded list: every row named in `ids` leaves
 * its place, and each of `fresh` (those of them the list still holds) goes where the list's order
 * puts it. A row that sorts after everything loaded stays out while pages remain to load: it is on
 * one of those, and arrives with it.
 */
export function placeRows<Row extends ListedRow>(
  data: InfiniteData<Page<Row>> | undefined,
  ids: ReadonlySet<string>,
  fresh: Row[],
): InfiniteData<Page<Row>> | undefined {
  const removed = removeRows(data, ids);
  if (!removed || removed.pages.length === 0) return removed;
  const { pages } = removed; // new arrays: rows may go in without touching `data`
  const complete = pages.at(-1)?.nextCursor === null;
  for (const row of fresh) {
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
 * known ones take the fresh version (a delivery status may have moved). Older pages and the
 * cursor to them are untouched, since only the end of a thread changes.
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
    byId.set(message._id, message);
  }
  const messages = [...byId.values()].sort((a, b) =>
    a.createdAt === b.createdAt ? a._id.localeCompare(b._id) : a.createdAt.localeCompare(b.createdAt),
  );
  return { ...data, pages: [{ ...newest, messages }, ...data.pages.slice(1)] };
}

/** A message the server just accepted, added to the end of the newest loaded page of its thread. */
export function appendNewestMessage<M>(data: MessagePages<M> | undefined, message: M): MessagePages<M> | undefined {
  const newest = data?.pages[0];
  if (!data || !newest) return data;
  return { ...data, pages: [{ ...newest, messages: [...newest.messages, message] }, ...data.pages.slice(1)] };
}
