"use client";
import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/queries/api-client";
import { conversationKeys } from "@/lib/queries/keys";
import type { InboxCounts, InboxFilters, InboxRowJson } from "@/lib/queries/types";

/** Polling keeps an open inbox current: new messages, assignments and resolutions show up within seconds. */
export const LIVE_INTERVAL_MS = 4000;

export type InboxPage = { conversations: InboxRowJson[]; nextCursor: string | null };

function toQuery(filters: Partial<InboxFilters>): Record<string, string | undefined> {
  return {
    view: filters.view,
    status: filters.status,
    channel: filters.channel,
    unseen: filters.unseen ? "true" : undefined,
    q: filters.q || undefined,
    assignee: filters.assignee,
  };
}

export function useInbox(filters: InboxFilters) {
  return useInfiniteQuery({
    queryKey: conversationKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      apiFetch<InboxPage>("/api/inbox", { query: { ...toQuery(filters), cursor: pageParam, limit: "50" }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    refetchInterval: LIVE_INTERVAL_MS,
  });
}

export function useInboxCounts(filters: Omit<InboxFilters, "view">) {
  return useQuery({
    queryKey: conversationKeys.counts(filters),
    queryFn: ({ signal }) =>
      apiFetch<{ counts: InboxCounts; cap: number }>("/api/inbox/counts", { query: toQuery(filters), signal }),
    placeholderData: keepPreviousData,
    refetchInterval: LIVE_INTERVAL_MS,
  });
}
