"use client";
import { type InfiniteData, keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import { INBOX_PAGE_SIZE, type InboxFilters, inboxFilterParams } from "@/lib/inbox/filters";
import type { FirstInboxPage } from "@/lib/inbox/first-page";
import { getInboxCounts, getInboxPage, type InboxPage } from "@/lib/queries/endpoints";
import { conversationKeys } from "@/lib/queries/keys";
import { usePollInterval } from "@/lib/queries/live-status";
import { usePendingWrites } from "@/lib/queries/pending";
import { pagesWithPending } from "@/lib/queries/transforms";

// Live events keep these current (lib/queries/live-events.ts); they poll only while events cannot be had.

/** A list of the inbox, with the person's writes still on their way shown over it. Its first page
 *  may come with the page itself (`first`, read on the server for these filters). */
export function useInbox(filters: InboxFilters, first?: FirstInboxPage | null) {
  const pending = usePendingWrites();
  const same = (a: InboxFilters, b: InboxFilters) =>
    JSON.stringify(inboxFilterParams(a)) === JSON.stringify(inboxFilterParams(b));
  const seeded = first && same(first.filters, filters) ? first : null;
  return useInfiniteQuery({
    queryKey: conversationKeys.list(filters),
    queryFn: ({ pageParam, signal }) => getInboxPage(filters, pageParam, INBOX_PAGE_SIZE, { signal }),
    initialData: seeded ? { pages: [seeded.page], pageParams: [undefined] } : undefined,
    initialDataUpdatedAt: seeded?.readAt,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    refetchInterval: usePollInterval(),
    select: useCallback((data: InfiniteData<InboxPage>) => pagesWithPending(data, pending), [pending]),
  });
}

export function useInboxCounts(filters: Omit<InboxFilters, "view">) {
  return useQuery({
    queryKey: conversationKeys.counts(filters),
    queryFn: ({ signal }) => getInboxCounts(filters, { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: usePollInterval(),
  });
}
