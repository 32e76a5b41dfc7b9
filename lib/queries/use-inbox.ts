"use client";
import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { InboxFilters } from "@/lib/inbox/filters";
import { getInboxCounts, getInboxPage } from "@/lib/queries/endpoints";
import { conversationKeys } from "@/lib/queries/keys";
import { usePollInterval } from "@/lib/queries/live-status";

const PAGE_SIZE = 50;

// Live events keep these current (lib/queries/live-events.ts); they poll only while events cannot be had.

export function useInbox(filters: InboxFilters) {
  return useInfiniteQuery({
    queryKey: conversationKeys.list(filters),
    queryFn: ({ pageParam, signal }) => getInboxPage(filters, pageParam, PAGE_SIZE, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    refetchInterval: usePollInterval(),
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
