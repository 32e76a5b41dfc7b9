"use client";
import { type InfiniteData, type QueryClient, useInfiniteQuery, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect } from "react";
import type { ChannelType } from "@/lib/channel-types";
import type { ConversationJson } from "@/lib/conversations/json";
import {
  getActivity,
  getContactConversations,
  getConversation,
  getMessages,
  type MessagePage,
} from "@/lib/queries/endpoints";
import { conversationKeys } from "@/lib/queries/keys";
import { usePollInterval } from "@/lib/queries/live-status";
import { newer } from "@/lib/queries/newer";
import { usePendingWrites } from "@/lib/queries/pending";
import { keepNewerMessages, mergeNewestMessages, rowsWithPending, withPending } from "@/lib/queries/transforms";

export const MESSAGE_PAGE_SIZE = 50;

/** One conversation as the person should see it: the newest copy the cache holds (a read landing
 *  late keeps a newer one), with their writes still on their way shown over it. */
export function useConversation(id: string | null) {
  const pending = usePendingWrites();
  return useQuery({
    queryKey: conversationKeys.detail(id ?? ""),
    queryFn: ({ signal }) => getConversation(id ?? "", { signal }),
    enabled: id !== null,
    refetchInterval: usePollInterval(),
    structuralSharing: (cached, fresh) => newer(cached as ConversationJson | undefined, fresh as ConversationJson),
    select: useCallback(
      // A conversation deleted by a write on its way shows as it was until the thread closes.
      (conversation: ConversationJson) => withPending(conversation, pending) ?? conversation,
      [pending],
    ),
  });
}

/**
 * A thread's messages, newest page first; each page oldest first. Older pages load on demand.
 * Live updates fetch only the newest page, when the conversation (polled) says its latest message
 * is one we do not have: refetching every loaded page of a long thread would be waste.
 */
export function useMessages(conversationId: string | null, latestMessageId?: string | null) {
  const queryClient = useQueryClient();
  const poll = usePollInterval();
  const query = useInfiniteQuery({
    queryKey: conversationKeys.messages(conversationId ?? ""),
    queryFn: ({ pageParam, signal }) => getMessages(conversationId ?? "", pageParam, MESSAGE_PAGE_SIZE, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: conversationId !== null,
    staleTime: Number.POSITIVE_INFINITY,
    // A read of the thread keeps each message the cache holds a newer copy of.
    structuralSharing: (cached, fresh) =>
      keepNewerMessages(cached as InfiniteData<MessagePage> | undefined, fresh as InfiniteData<MessagePage>),
    // A reply on its way (queued, or sent and not yet delivered) changes status without a new
    // message: without live events, poll the thread while one from the last ten minutes is.
    refetchInterval: (current) => (poll && awaitingDelivery(current.state.data) ? poll : false),
  });

  // Notes are never a conversation's latest message: the newest other one is compared.
  const newestLoaded = query.data?.pages[0]?.messages.findLast((m) => !m.private)?._id;
  useEffect(() => {
    if (!conversationId || !latestMessageId || !newestLoaded || latestMessageId === newestLoaded) return;
    const controller = new AbortController();
    refreshNewestMessages(queryClient, conversationId, controller.signal);
    return () => controller.abort();
  }, [conversationId, latestMessageId, newestLoaded, queryClient]);

  return query;
}

/** Fetches a thread's newest page and merges it into what is loaded (new messages, new statuses). */
export function refreshNewestMessages(queryClient: QueryClient, conversationId: string, signal?: AbortSignal) {
  getMessages(conversationId, undefined, MESSAGE_PAGE_SIZE, { signal }).then(
    (fresh) =>
      queryClient.setQueryData<InfiniteData<MessagePage>>(conversationKeys.messages(conversationId), (data) =>
        mergeNewestMessages(data, fresh.messages),
      ),
    () => {}, // the next event or poll tries again
  );
}

/** The conversation's newest activity (who assigned, resolved…), for the timeline; each change's
 *  event reads it again. */
export function useActivity(conversationId: string) {
  return useQuery({
    queryKey: conversationKeys.activity(conversationId),
    queryFn: ({ signal }) => getActivity(conversationId, { signal }),
    refetchInterval: usePollInterval(),
  });
}

export function useContactConversations(contactId: string, channelType: ChannelType) {
  const pending = usePendingWrites();
  return useQuery({
    queryKey: conversationKeys.byContact(contactId, channelType),
    queryFn: ({ signal }) => getContactConversations(contactId, channelType, { signal }),
    select: useCallback((list: ConversationJson[]) => rowsWithPending(list, pending), [pending]),
  });
}

const PENDING = new Set(["queued", "sent"]);

function awaitingDelivery(data: InfiniteData<MessagePage> | undefined, now = Date.now()): boolean {
  return (data?.pages[0]?.messages ?? []).some(
    (m) => !m.isIncoming && PENDING.has(m.status) && now - Date.parse(m.createdAt) < 10 * 60_000,
  );
}
