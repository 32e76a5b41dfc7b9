"use client";
import { type InfiniteData, keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import type { InboxFilters } from "@/lib/inbox/filters";
import { getInboxCounts, getInboxPage, type InboxPage } from "@/lib/queries/endpoints";
import { conversationKeys } from "@/lib/queries/keys";
import { usePollInterval } from "@/lib/queries/live-status";
import { usePendingWrites } from "@/lib/queries/pending";
import { pagesWithPending } from "@/lib/queries/transforms";

const PAGE_SIZE = 50;

// Live events keep these current (lib/queries/live-events.ts); they poll only while events cannot be had.

/** A list of the inbox, with the person's writes still on their way shown over it. */
export function useInbox(filters: InboxFilters) {
  const pending = usePendingWrites();
  return useInfiniteQuery({
    queryKey: conversationKeys.list(filters),
    queryFn: ({ pageParam, signal }) => getInboxPage(filters, pageParam, PAGE_SIZE, { signal }),
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
