"use client";
import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { InboxFilters } from "@/lib/inbox/filters";
import { getInboxCounts, getInboxPage } from "@/lib/queries/endpoints";
import { conversationKeys } from "@/lib/queries/keys";

/** Polling keeps an open inbox current: new messages, assignments and resolutions show up within seconds. */
export const LIVE_INTERVAL_MS = 4000;
const PAGE_SIZE = 50;

export function useInbox(filters: InboxFilters) {
  return useInfiniteQuery({
    queryKey: conversationKeys.list(filters),
    queryFn: ({ pageParam, signal }) => getInboxPage(filters, pageParam, PAGE_SIZE, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    refetchInterval: LIVE_INTERVAL_MS,
  });
}

export function useInboxCounts(filters: Omit<InboxFilters, "view">) {
  return useQuery({
    queryKey: conversationKeys.counts(filters),
    queryFn: ({ signal }) => getInboxCounts(filters, { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: LIVE_INTERVAL_MS,
  });
}
