"use client";
import type { InfiniteData, Query, QueryClient } from "@tanstack/react-query";
import type { ConversationJson } from "@/lib/conversations/json";
import type { InboxRowJson } from "@/lib/inbox/json";
import type { InboxPage } from "@/lib/queries/endpoints";
import { conversationKeys } from "@/lib/queries/keys";
import { newer, orderOf, stamp } from "@/lib/queries/newer";
import { mapRows, placeRows, removeRows, withConversation } from "@/lib/queries/transforms";

// Where the server's copies go in the cache, each keeping the newer of two copies
// (lib/queries/newer.ts). A list read answers for the rows it holds and also, by leaving them out,
// for the rows it does not; rows placed in a list after that read was asked (by an event's re-read
// or a write's answer) are remembered until a newer read of the list lands, and put back over it.

type ListData = InfiniteData<InboxPage>;
type Placement = { order: number; row: InboxRowJson | null };

const placed = new WeakMap<QueryClient, Map<string, Map<string, Placement>>>();
const deleted = new WeakMap<QueryClient, Set<string>>();

function placementsOf(queryClient: QueryClient, queryHash: string) {
  const lists = placed.get(queryClient) ?? new Map<string, Map<string, Placement>>();
  placed.set(queryClient, lists);
  const list = lists.get(queryHash) ?? new Map<string, Placement>();
  lists.set(queryHash, list);
  return list;
}

const deletedOf = (queryClient: QueryClient) => {
  const ids = deleted.get(queryClient) ?? new Set<string>();
  deleted.set(queryClient, ids);
  return ids;
};

const remember = (list: Map<string, Placement>, id: string, placement: Placement) => {
  if ((list.get(id)?.order ?? 0) <= placement.order) list.set(id, placement);
};

/** A list's answer about some of its rows, asked at `order` (an event's re-read). */
export function placeListAnswer(
  queryClient: QueryClient,
  query: Query,
  ids: string[],
  fresh: InboxRowJson[],
  order: number,
) {
  const gone = deletedOf(queryClient);
  const rows = fresh.filter((row) => !gone.has(row._id));
  const list = placementsOf(queryClient, query.queryHash);
  for (const id of ids) remember(list, id, { order, row: rows.find((row) => row._id === id) ?? null });
  queryClient.setQueryData<ListData>(query.queryKey, (data) => placeRows(data, new Set(ids), rows, order));
}

/** A write's answer: the conversation as it now is, over its detail, its rows and its contact's lists. */
export function placeConversation(queryClient: QueryClient, conversation: ConversationJson) {
  const id = conversation._id;
  queryClient.setQueryData<ConversationJson>(conversationKeys.detail(id), (current) =>
    current ? newer(current, conversation) : current,
  );
  for (const query of queryClient.getQueryCache().findAll({ queryKey: conversationKeys.lists() })) {
    const data = query.state.data as ListData | undefined;
    const row = data?.pages.flatMap((page) => page.conversations).find((r) => r._id === id);
    if (!row) continue;
    const updated = withConversation(row, conversation);
    if (updated === row) continue;
    remember(placementsOf(queryClient, query.queryHash), id, { order: orderOf(updated), row: updated });
    queryClient.setQueryData<ListData>(query.queryKey, (list) => mapRows(list, new Set([id]), () => updated));
  }
  queryClient.setQueriesData<ConversationJson[]>({ queryKey: conversationKeys.allByContact() }, (list) =>
    list?.map((item) => (item._id === id ? newer(item, conversation) : item)),
  );
}

/** A change the server is known to have made (seen, unseen), over every cached copy, as of now. */
export function placeChange(
  queryClient: QueryClient,
  id: string,
  change: <C extends ConversationJson>(c: C) => C,
  order: number,
) {
  const current = queryClient.getQueryData<ConversationJson>(conversationKeys.detail(id));
  if (current) placeConversation(queryClient, stamp(change({ ...current }), order));
  for (const query of queryClient.getQueryCache().findAll({ queryKey: conversationKeys.lists() })) {
    const data = query.state.data as ListData | undefined;
    const row = data?.pages.flatMap((page) => page.conversations).find((r) => r._id === id);
    if (!row) continue;
    const updated = stamp(change({ ...row }), order);
    remember(placementsOf(queryClient, query.queryHash), id, { order, row: updated });
    queryClient.setQueryData<ListData>(query.queryKey, (list) =>
      mapRows(list, new Set([id]), (r) => newer(r, updated)),
    );
  }
}

/** Deleted conversations: out of every list, and never placed again (an older read may still hold them). */
export function forgetConversations(queryClient: QueryClient, ids: string[]) {
  const gone = deletedOf(queryClient);
  for (const id of ids) gone.add(id);
  queryClient.setQueriesData<ListData>({ queryKey: conversationKeys.lists() }, (data) =>
    removeRows(data, new Set(ids)),
  );
  queryClient.setQueriesData<ConversationJson[]>({ queryKey: conversationKeys.allByContact() }, (list) =>
    list?.filter((item) => !gone.has(item._id)),
  );
  for (const id of ids) queryClient.removeQueries({ queryKey: conversationKeys.detail(id), exact: true });
}

/**
 * Keeps the newer copies when a list read lands (the cache's one rule, for what a fetch puts there;
 * a conversation and a thread keep theirs by structuralSharing, lib/queries/use-conversation.ts):
 * the list gets back the rows placed in it since that read was asked, and loses the deleted ones and
 * any row twice (moved up while an older page loaded). Returns the unsubscribe.
 */
export function keepListsNewer(queryClient: QueryClient): () => void {
  return queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== "updated" || event.action.type !== "success" || event.action.manual) return;
    const [, kind] = event.query.queryKey as string[];
    if (kind === "list") replayPlacements(queryClient, event.query);
  });
}

function replayPlacements(queryClient: QueryClient, query: Query) {
  const data = query.state.data as ListData | undefined;
  if (!data) return;
  // A refetch asks its pages in order, the first first: what any of them says is at least as new.
  const readOrder = orderOf(data.pages[0]);
  const list = placementsOf(queryClient, query.queryHash);
  for (const [id, placement] of list) if (placement.order <= readOrder) list.delete(id);
  const gone = deletedOf(queryClient);
  const rows = data.pages.flatMap((page) => page.conversations);
  const twice = rows.length !== new Set(rows.map((row) => row._id)).size;
  if (list.size === 0 && !twice && !rows.some((row) => gone.has(row._id))) return;
  queryClient.setQueryData<ListData>(query.queryKey, (current) => {
    let next = removeRows(current, gone);
    if (twice) next = withoutRepeats(next);
    for (const [id, { order, row }] of list) next = placeRows(next, new Set([id]), row ? [row] : [], order);
    return next;
  });
}

/** Each row once: the newer copy, where it sorts (placeRows puts it). */
function withoutRepeats(data: ListData | undefined): ListData | undefined {
  if (!data) return data;
  const best = new Map<string, InboxRowJson>();
  for (const row of data.pages.flatMap((page) => page.conversations)) best.set(row._id, newer(best.get(row._id), row));
  const repeated = new Set(
    [...best.keys()].filter((id) => data.pages.flatMap((p) => p.conversations).filter((r) => r._id === id).length > 1),
  );
  return placeRows(
    data,
    repeated,
    [...repeated].map((id) => best.get(id) as InboxRowJson),
  );
}
