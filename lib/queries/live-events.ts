"use client";
import { type InfiniteData, type QueryClient, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { EVENT_KINDS, type EventData, type EventKind, PRESENCE_TTL_MS } from "@/lib/events/events";
import { type InboxFilters, MAX_ROW_IDS } from "@/lib/inbox/filters";
import { getInboxRows, type InboxPage } from "@/lib/queries/endpoints";
import { conversationKeys } from "@/lib/queries/keys";
import { prunePresence, setPresence, setStatus, state } from "@/lib/queries/live-status";
import { placeRows } from "@/lib/queries/transforms";
import { refreshNewestMessages } from "@/lib/queries/use-conversation";
import { conversationWriteKey } from "@/lib/queries/use-conversation-actions";

// After the server refused a stream outright (the browser does not retry those): soon (a server
// shutting down sends its clients elsewhere), then less and less often.
const REOPEN_FIRST_MS = 1_000;
const REOPEN_MAX_MS = 30_000;
// Events arriving together are applied together: one re-read per list for a burst.
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
  // A message: the thread's newest page, at once (a delivery status changes nothing else). A draft
  // (saved by this tab as its person types, or by another of theirs): the list rows, and the text
  // for the thread opened later. Anything else: the conversation itself, its rows in the lists,
  // and the counts.
  if (kind === "message.created" || kind === "message.updated") batch.messages.add(id);
  if (kind === "message.updated") return batch.schedule();
  if (kind === "draft.updated") batch.drafts.add(id);
  else batch.conversations.add(id);
  batch.rows.add(id);
  batch.schedule();
}

type Batch = ReturnType<typeof createBatch>;

function createBatch(queryClient: QueryClient) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A write of this tab's in flight: its optimistic change is on screen, and reading the server
  // before the write lands would briefly undo it. What events say meanwhile waits for it.
  const writing = () => queryClient.isMutating({ mutationKey: conversationWriteKey }) > 0;
  const take = (set: Set<string>) => {
    const ids = [...set];
    set.clear();
    return ids;
  };
  const batch = {
    conversations: new Set<string>(),
    rows: new Set<string>(),
    messages: new Set<string>(),
    drafts: new Set<string>(),
    schedule() {
      if (timer === undefined) timer = setTimeout(batch.flush, BATCH_MS);
    },
    flush() {
      timer = undefined;
      if (writing()) return batch.schedule();
      for (const id of take(batch.messages)) {
        if (queryClient.getQueryData(conversationKeys.messages(id))) refreshNewestMessages(queryClient, id);
      }
      // An open composer is where its draft is being written: it is not read back, only marked stale
      // for the next time the thread opens.
      for (const id of take(batch.drafts)) {
        void queryClient.invalidateQueries({ queryKey: conversationKeys.draft(id), refetchType: "none" });
      }
      const rows = take(batch.rows);
      if (rows.length > 0) refreshRows(queryClient, rows, batch);
      const conversations = take(batch.conversations);
      if (conversations.length === 0) return;
      for (const id of conversations) void queryClient.invalidateQueries({ queryKey: conversationKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: conversationKeys.allCounts() });
      void queryClient.invalidateQueries({ queryKey: conversationKeys.allByContact() });
    },
    /** Rows to re-read again shortly: a write or a list read was in flight. */
    retryRows(ids: string[]) {
      for (const id of ids) batch.rows.add(id);
      batch.schedule();
    },
    /** After events may have been missed: what was read before `time` is read again. */
    refetchOlderThan(time: number) {
      void queryClient.invalidateQueries({
        queryKey: conversationKeys.all,
        predicate: (query) => query.state.dataUpdatedAt < time,
      });
    },
    writing,
  };
  return batch;
}

/**
 * Brings each inbox list on screen up to date for these conversations, without reading the list
 * again: one request per list asks which of them it holds now, and those rows take their place in
 * it (or leave it). Lists not on screen are only marked stale, for when they are shown again.
 */
function refreshRows(queryClient: QueryClient, ids: string[], batch: Batch) {
  for (const query of queryClient.getQueryCache().findAll({ queryKey: conversationKeys.lists() })) {
    const queryKey = query.queryKey;
    if (!query.isActive()) {
      void queryClient.invalidateQueries({ queryKey, exact: true, refetchType: "none" });
      continue;
    }
    // A list being read right now may have been read before this change, and would land over
    // rows put in place: they are re-read once it has landed.
    if (query.state.fetchStatus !== "idle") {
      batch.retryRows(ids);
      continue;
    }
    if (!query.state.data) continue; // never loaded (an error on screen): its next read is fresh
    const filters = queryKey[2] as InboxFilters;
    for (let at = 0; at < ids.length; at += MAX_ROW_IDS) {
      const some = ids.slice(at, at + MAX_ROW_IDS);
      getInboxRows(filters, some, {}).then(
        (fresh) => {
          // A write or a read of the list started meanwhile would land over these: again after it.
          if (batch.writing() || query.state.fetchStatus !== "idle") return batch.retryRows(some);
          queryClient.setQueryData<InfiniteData<InboxPage>>(queryKey, (data) => placeRows(data, new Set(some), fresh));
        },
        () => void queryClient.invalidateQueries({ queryKey, exact: true }), // read it whole instead
      );
    }
  }
}
