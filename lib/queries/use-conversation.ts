"use client";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/queries/api-client";
import { conversationKeys } from "@/lib/queries/keys";
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

/** A thread's messages, newest page first; each page oldest first. Older pages load on demand. */
export function useMessages(conversationId: string | null) {
  return useInfiniteQuery({
    queryKey: conversationKeys.messages(conversationId ?? ""),
    queryFn: ({ pageParam, signal }) =>
      apiFetch<MessagePage>("/api/conversation/messages", {
        query: { conversationId: conversationId ?? "", limit: String(MESSAGE_PAGE_SIZE), before: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: conversationId !== null,
    refetchInterval: LIVE_INTERVAL_MS,
  });
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
