"use client";
import { type InfiniteData, useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "sonner";
import { deleteNote, getMentions, type MessagePage, postMentionsRead, postNote } from "@/lib/queries/endpoints";
import { conversationKeys, mentionKeys } from "@/lib/queries/keys";
import { usePollInterval } from "@/lib/queries/live-status";
import { withoutMessage } from "@/lib/queries/transforms";
import { placeMessage } from "@/lib/queries/use-reply";

// Private notes and the viewer's mentions. A note the server accepted joins its thread at once; the
// mentions list follows the person's own events (mentions.updated), polled while not live.

export function useWriteNote(conversationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (note: { body: string; mentions: string[] }) => postNote(conversationId, note),
    onSuccess: placeMessage(queryClient, conversationId),
  });
}

export function useDeleteNote(conversationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (messageId: string) => deleteNote(conversationId, messageId),
    onSuccess: (_answer, messageId) => removeMessage(queryClient, conversationId, messageId),
    onError: (error) => toast.error("Could not delete the note", { description: error.message }),
  });
}

/** Takes a message out of its thread in the cache (deleted here, or an event said so). */
export const removeMessage = (
  queryClient: ReturnType<typeof useQueryClient>,
  conversationId: string,
  messageId: string,
) =>
  queryClient.setQueryData<InfiniteData<MessagePage>>(conversationKeys.messages(conversationId), (pages) =>
    withoutMessage(pages, messageId),
  );

/** The viewer's mentions, newest first, a page at a time; `unread` from the newest read. */
export function useMentions() {
  return useInfiniteQuery({
    queryKey: mentionKeys.all,
    queryFn: ({ pageParam, signal }) => getMentions(pageParam, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: usePollInterval(),
  });
}

export function useReadMentions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (conversationId?: string) => postMentionsRead(conversationId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: mentionKeys.all }),
    onError: (error) => toast.error("Could not mark them read", { description: error.message }),
  });
}
