"use client";
import { type InfiniteData, type QueryClient, useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "sonner";
import type { MessageJson } from "@/lib/messages/json";
import { type MessagePage, postReply, postRetry, type Reply } from "@/lib/queries/endpoints";
import { conversationKeys } from "@/lib/queries/keys";
import { eventsWillConfirm } from "@/lib/queries/live-status";
import { appendNewestMessage } from "@/lib/queries/transforms";

// A thread's replies: sent, and sent again after a refusal. The server's answer (the message as it
// stored it) is placed in the thread; the conversation's move comes with the write's own events.

/** A message the server answered with, into its thread: the newer copy where it is, else at the end. */
export const placeMessage = (queryClient: QueryClient, conversationId: string) => (message: MessageJson) =>
  queryClient.setQueryData<InfiniteData<MessagePage>>(conversationKeys.messages(conversationId), (pages) =>
    appendNewestMessage(pages, message),
  );

/** Sends a reply; on success the message (the server's copy) joins the newest page of the thread. */
export function useSendReply(conversationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reply: Reply) => postReply(conversationId, reply),
    onSuccess: placeMessage(queryClient, conversationId),
    onSettled: (_data, error) => {
      if (eventsWillConfirm(error)) return; // its events update the thread's rows and header
      queryClient.invalidateQueries({ queryKey: conversationKeys.lists() });
      queryClient.invalidateQueries({ queryKey: conversationKeys.detail(conversationId) });
    },
  });
}

/** Sends a failed reply again; its answer (queued again, or taken) replaces it in the timeline. */
export function useRetryReply(conversationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (messageId: string) => postRetry(conversationId, messageId),
    onSuccess: placeMessage(queryClient, conversationId),
    onError: (error) => toast.error("Could not retry", { description: error.message }),
  });
}
