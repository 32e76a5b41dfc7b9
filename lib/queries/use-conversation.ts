"use client";
import { type InfiniteData, useInfiniteQuery, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { apiFetch } from "@/lib/queries/api-client";
import { conversationKeys } from "@/lib/queries/keys";
import { mergeNewestMessages } from "@/lib/queries/transforms";
import type { ChannelType, ConversationJson, MessageJson } from "@/lib/queries/types";
import { LIVE_INTERVAL_MS } from "@/lib/queries/use-inbox";

export const MESSAGE_PAGE_SIZE = 50;

export function useConversation(id: string | null) {
  return useQuery({
    queryKey: conversationKeys.detail(id ?? ""),
    queryFn: async ({ signal }) =>
      (await apiFetch<{ data: ConversationJson }>(`/api/conversation/${id}`, { signal })).data,
    enabled: id !== null,
    refetchInterval: LIVE_INTERVAL_MS,
  });
}

export type MessagePage = { messages: MessageJson[]; nextCursor: string | null };

/**
 * A thread's messages, newest page first; each page oldest first. Older pages load on demand.
 * Live updates fetch only the newest page, when the conversation (polled) says its latest message
 * is one we do not have: refetching every loaded page of a long thread would be waste.
 */
export function useMessages(conversationId: string | null, latestMessageId?: string | null) {
  const queryClient = useQueryClient();
  const query = useInfiniteQuery({
    queryKey: conversationKeys.messages(conversationId ?? ""),
    queryFn: ({ pageParam, signal }) =>
      apiFetch<MessagePage>("/api/conversation/messages", {
        query: { conversationId: conversationId ?? "", limit: String(MESSAGE_PAGE_SIZE), before: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: conversationId !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });

  const newestLoaded = query.data?.pages[0]?.messages.at(-1)?._id;
  useEffect(() => {
    if (!conversationId || !latestMessageId || !newestLoaded || latestMessageId === newestLoaded) return;
    const controller = new AbortController();
    apiFetch<MessagePage>("/api/conversation/messages", {
      query: { conversationId, limit: String(MESSAGE_PAGE_SIZE) },
      signal: controller.signal,
    }).then(
      (fresh) =>
        queryClient.setQueryData<InfiniteData<MessagePage>>(conversationKeys.messages(conversationId), (data) =>
          mergeNewestMessages(data, fresh.messages),
        ),
      () => {}, // the next poll tries again
    );
    return () => controller.abort();
  }, [conversationId, latestMessageId, newestLoaded, queryClient]);

  return query;
}

export function useContactConversations(contactId: string, channelType: ChannelType) {
  return useQuery({
    queryKey: conversationKeys.byContact(contactId, channelType),
    queryFn: async ({ signal }) =>
      (
        await apiFetch<{ conversations: ConversationJson[] }>("/api/conversation/all", {
          query: { contactId, channelType },
          signal,
        })
      ).conversations,
  });
}
