"use client";
import { type QueryClient, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { EVENT_KINDS, type EventData, type EventKind, HEARTBEAT_MS, PRESENCE_TTL_MS } from "@/lib/events/events";
import { type InboxFilters, MAX_ROW_IDS } from "@/lib/inbox/filters";
import { getInboxRows } from "@/lib/queries/endpoints";
import { conversationKeys, mentionKeys } from "@/lib/queries/keys";
import { prunePresence, setPresence, setStatus, state } from "@/lib/queries/live-status";
import { orderOf } from "@/lib/queries/newer";
import { keepListsNewer, placeListAnswer } from "@/lib/queries/place";
import { refreshNewestMessages } from "@/lib/queries/use-conversation";
import { removeMessage } from "@/lib/queries/use-notes";

// After the server refused a stream outright (the browser does not retry those): soon (a server
// shutting down sends its clients elsewhere), then less and less often.
const REOPEN_FIRST_MS = 1_000;
const REOPEN_MAX_MS = 30_000;
// Events arriving together are applied together: one re-read per list for a burst.
const BATCH_MS = 50;
// The server writes a heartbeat every HEARTBEAT_MS: past two of them unheard, the connection is
// taken as dead (a laptop waking up, a NAT that forgot it: no error comes for those) and opened again.
const SILENT_MS = 2 * HEARTBEAT_MS + 1_000;

// The browser's end of GET /api/events: one EventSource per tab, whose events update the query
// cache where they say something changed. While it is not connected the inbox polls instead, and
// says so ("Reconnecting…"), so that what is shown is never stale without a sign of it. Every copy
// an event brings in is placed as the newer of two copies (lib/queries/place.ts): events need not
// wait for this tab's own writes, and a list read in flight cannot undo them.

/** Opens the stream for this tab (mounted once, in the app's providers). */
export function useLiveEvents(viewerId: string) {
  const queryClient = useQueryClient();
  useEffect(() => {
    let source: EventSource | undefined;
    let reopen: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    // The last event id heard: a stream opened again resumes from it (the server replays what it missed).
    let lastEventId = "";
    let lastHeard = Date.now();
    let reopenDelay = REOPEN_FIRST_MS;
    const batch = createBatch(queryClient);
    const stopKeeping = keepListsNewer(queryClient);

    const open = () => {
      const openedAt = Date.now();
      const resuming = lastEventId !== "";
      source = new EventSource(resuming ? `/api/events?lastEventId=${encodeURIComponent(lastEventId)}` : "/api/events");
      lastHeard = openedAt;
      source.onopen = () => {
        // Reads answered before the stream opened may predate an event it will not replay; a
        // stream that could not name where it left off cannot be replayed either.
        if (!resuming) batch.refetchOlderThan(openedAt);
        setStatus("live");
        reopenDelay = REOPEN_FIRST_MS;
      };
      source.onerror = () => {
        if (source?.readyState === EventSource.CLOSED) {
          setStatus("offline");
          reopenLater();
        } else {
          setStatus("reconnecting");
        }
      };
      for (const kind of EVENT_KINDS) {
        source.addEventListener(kind, (message) => {
          const event = message as MessageEvent<string>;
          lastHeard = Date.now();
          if (event.lastEventId) lastEventId = event.lastEventId;
          apply(kind, JSON.parse(event.data) as EventData, batch, viewerId);
        });
      }
    };
    const reopenLater = (delay = reopenDelay) => {
      source?.close();
      clearTimeout(reopen);
      if (!stopped) reopen = setTimeout(open, delay);
      reopenDelay = Math.min(reopenDelay * 2, REOPEN_MAX_MS);
    };
    // A silent connection (no heartbeat) or the browser going offline: not live, said at once.
    const watch = setInterval(() => {
      prunePresence();
      if (state.status === "live" && Date.now() - lastHeard > SILENT_MS) {
        setStatus("reconnecting");
        reopenLater(0);
      }
    }, 1_000);
    const offline = () => {
      setStatus("reconnecting");
      source?.close();
      clearTimeout(reopen);
    };
    const online = () => reopenLater(0);
    window.addEventListener("offline", offline);
    window.addEventListener("online", online);
    open();
    return () => {
      stopped = true;
      clearTimeout(reopen);
      clearInterval(watch);
      window.removeEventListener("offline", offline);
      window.removeEventListener("online", online);
      stopKeeping();
      source?.close();
      setStatus("connecting");
    };
  }, [queryClient, viewerId]);
}

function apply(kind: EventKind, data: EventData, batch: Batch, viewerId: string) {
  const id = data.conversationId;
  if (kind === "resync") return batch.refetchOlderThan(Date.now());
  if (kind === "ready" || kind === "heartbeat") return;
  if (!id) return;
  if (kind === "presence") {
    if (data.userId === viewerId || !data.userId) return;
    if (data.left) return setPresence(id, null, data.userId);
    const greetings = (state.presence.get(id)?.get(data.userId)?.greetings ?? 0) + (data.joined ? 1 : 0);
    const entry = { userId: data.userId, name: data.name ?? "Someone", typing: data.typing ?? false, greetings };
    return setPresence(id, { ...entry, until: Date.now() + PRESENCE_TTL_MS }, data.userId);
  }
  if (kind === "mentions.updated") {
    void batch.queryClient.invalidateQueries({ queryKey: mentionKeys.all });
    return;
  }
  if (kind === "message.deleted" && data.messageId) removeMessage(batch.queryClient, id, data.messageId);
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
  const take = (set: Set<string>) => {
    const ids = [...set];
    set.clear();
    return ids;
  };
  const batch = {
    queryClient,
    conversations: new Set<string>(),
    rows: new Set<string>(),
    messages: new Set<string>(),
    drafts: new Set<string>(),
    schedule() {
      if (timer === undefined) timer = setTimeout(batch.flush, BATCH_MS);
    },
    flush() {
      timer = undefined;
      for (const id of take(batch.messages)) {
        if (queryClient.getQueryData(conversationKeys.messages(id))) refreshNewestMessages(queryClient, id);
      }
      // An open composer is where its draft is being written: it is not read back, only marked stale
      // for the next time the thread opens.
      for (const id of take(batch.drafts)) {
        void queryClient.invalidateQueries({ queryKey: conversationKeys.draft(id), refetchType: "none" });
      }
      const rows = take(batch.rows);
      if (rows.length > 0) refreshRows(queryClient, rows);
      const conversations = take(batch.conversations);
      if (conversations.length === 0) return;
      for (const id of conversations) {
        void queryClient.invalidateQueries({ queryKey: conversationKeys.detail(id) });
        void queryClient.invalidateQueries({ queryKey: conversationKeys.activity(id) });
      }
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

/**
 * Brings each inbox list on screen up to date for these conversations, without reading the list
 * again: one request per list asks which of them it holds now, and those rows take their place in
 * it (or leave it), as the newer copies (a read of the whole list landing later keeps them).
 * Lists not on screen are only marked stale, for when they are shown again.
 */
function refreshRows(queryClient: QueryClient, ids: string[]) {
  for (const query of queryClient.getQueryCache().findAll({ queryKey: conversationKeys.lists() })) {
    if (!query.isActive()) {
      void queryClient.invalidateQueries({ queryKey: query.queryKey, exact: true, refetchType: "none" });
      continue;
    }
    if (!query.state.data) continue; // never loaded (an error on screen): its next read is fresh
    const filters = query.queryKey[2] as InboxFilters;
    for (let at = 0; at < ids.length; at += MAX_ROW_IDS) {
      const some = ids.slice(at, at + MAX_ROW_IDS);
      getInboxRows(filters, some, {}).then(
        (page) => placeListAnswer(queryClient, query, some, page.conversations, orderOf(page)),
        () => void queryClient.invalidateQueries({ queryKey: query.queryKey, exact: true }), // read it whole instead
      );
    }
  }
}
