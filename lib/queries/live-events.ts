"use client";
import { type QueryClient, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { EVENT_KINDS, type EventData, type EventKind, PRESENCE_TTL_MS } from "@/lib/events/events";
import { conversationKeys } from "@/lib/queries/keys";
import { prunePresence, setPresence, setStatus, state } from "@/lib/queries/live-status";
import { refreshNewestMessages } from "@/lib/queries/use-conversation";
import { conversationWriteKey } from "@/lib/queries/use-conversation-actions";

// After the server refused a stream outright (the browser does not retry those): soon (a server
// shutting down sends its clients elsewhere), then less and less often.
const REOPEN_FIRST_MS = 1_000;
const REOPEN_MAX_MS = 30_000;
// Events arriving together are applied together: one refetch of the list for a burst.
const BATCH_MS = 50;

// The browser's end of GET /api/events: one EventSource per tab, whose events update the query
// cache where they say something changed. While it is not connected the inbox polls instead, and
// says so ("Reconnecting…"), so that what is shown is never stale without a sign of it.

/** Opens the stream for this tab (mounted once, in the app's providers). */
export function useLiveEvents(viewerId: string) {
  const queryClient = useQueryClient();
  useEffect(() => {
    let source: EventSource | undefined;
    let reopen: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    // Whether the browser knows an event id to resume from (the stream's first line gives one).
    let resumable = false;
    let reopenDelay = REOPEN_FIRST_MS;
    const batch = createBatch(queryClient);
    const pruning = setInterval(prunePresence, 5_000);

    const open = () => {
      const openedAt = Date.now();
      source = new EventSource("/api/events");
      source.onopen = () => {
        // Reads answered before the stream opened may predate an event it will not replay; a
        // reconnect that could not name where it left off cannot be replayed either.
        if (state.status !== "reconnecting" || !resumable) batch.refetchOlderThan(openedAt);
        setStatus("live");
        reopenDelay = REOPEN_FIRST_MS;
      };
      source.onerror = () => {
        if (source?.readyState === EventSource.CLOSED) {
          setStatus("offline");
          source.close();
          if (!stopped) reopen = setTimeout(open, reopenDelay);
          reopenDelay = Math.min(reopenDelay * 2, REOPEN_MAX_MS);
        } else {
          setStatus("reconnecting");
        }
      };
      for (const kind of EVENT_KINDS) {
        source.addEventListener(kind, (message) => {
          resumable ||= Boolean((message as MessageEvent).lastEventId);
          const data = JSON.parse((message as MessageEvent<string>).data) as EventData;
          apply(kind, data, batch, viewerId);
        });
      }
    };
    open();
    return () => {
      stopped = true;
      clearTimeout(reopen);
      clearInterval(pruning);
      source?.close();
      setStatus("connecting");
    };
  }, [queryClient, viewerId]);
}

function apply(kind: EventKind, data: EventData, batch: Batch, viewerId: string) {
  const id = data.conversationId;
  if (kind === "resync") return batch.refetchOlderThan(Date.now());
  if (kind === "ready") return;
  if (!id) return;
  if (kind === "presence") {
    if (data.userId === viewerId || !data.userId) return;
    if (data.left) return setPresence(id, null, data.userId);
    const greetings = (state.presence.get(id)?.get(data.userId)?.greetings ?? 0) + (data.joined ? 1 : 0);
    const entry = { userId: data.userId, name: data.name ?? "Someone", typing: data.typing ?? false, greetings };
    return setPresence(id, { ...entry, until: Date.now() + PRESENCE_TTL_MS }, data.userId);
  }
  if (kind === "message.created" && data.isIncoming && data.messageId) {
    for (const listener of state.messageListeners) listener({ conversationId: id, messageId: data.messageId });
  }
  // A delivery status: the thread's newest page. A draft (saved by this tab as its person types, or
  // by another of theirs): the list rows, and the text for the thread opened later. Anything else:
  // the conversation's own fields, and every list and count it may enter or leave (a new message
  // moves its latest message id, which makes useMessages fetch it).
  if (kind === "message.updated") batch.messages.add(id);
  else if (kind === "draft.updated") batch.drafts.add(id);
  else batch.conversations.add(id);
  batch.schedule();
}

type Batch = ReturnType<typeof createBatch>;

function createBatch(queryClient: QueryClient) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const batch = {
    conversations: new Set<string>(),
    messages: new Set<string>(),
    drafts: new Set<string>(),
    schedule() {
      if (timer === undefined) timer = setTimeout(batch.flush, BATCH_MS);
    },
    flush() {
      timer = undefined;
      const conversations = [...batch.conversations];
      const messages = [...batch.messages];
      const drafts = [...batch.drafts];
      batch.conversations.clear();
      batch.messages.clear();
      batch.drafts.clear();
      // A write of this tab's in flight refetches everything when it settles; refetching now would
      // briefly undo its optimistic change.
      const writing = queryClient.isMutating({ mutationKey: conversationWriteKey }) > 0;
      // An open composer is where its draft is being written: it is not read back, only marked stale
      // for the next time the thread opens.
      for (const id of drafts) {
        void queryClient.invalidateQueries({ queryKey: conversationKeys.draft(id), refetchType: "none" });
      }
      for (const id of messages) {
        if (queryClient.getQueryData(conversationKeys.messages(id))) refreshNewestMessages(queryClient, id);
      }
      if ((conversations.length === 0 && drafts.length === 0) || writing) return;
      void queryClient.invalidateQueries({ queryKey: conversationKeys.lists() });
      if (conversations.length === 0) return;
      for (const id of conversations) void queryClient.invalidateQueries({ queryKey: conversationKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: conversationKeys.allCounts() });
      void queryClient.invalidateQueries({ queryKey: conversationKeys.allByContact() });
    },
    /** After events may have been missed: what was read before `time` is read again. */
    refetchOlderThan(time: number) {
      void queryClient.invalidateQueries({
        queryKey: conversationKeys.all,
        predicate: (query) => query.state.dataUpdatedAt < time,
      });
    },
  };
  return batch;
}
