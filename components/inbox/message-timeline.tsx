"use client";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useLayoutEffect, useMemo, useRef } from "react";
import { useViewer } from "@/components/layout/viewer-context";
import { clockTime, dateTime, dayKey, dayLabel } from "@/components/ui/format";
import { ErrorState, Skeleton } from "@/components/ui/states";
import { type ActivityJson, activityLine } from "@/lib/activity/schemas";
import type { MessageJson } from "@/lib/messages/json";
import type { useMessages } from "@/lib/queries/use-conversation";
import { MessageEntry } from "./message-entry";

type Entry =
  | { kind: "day"; key: string; label: string }
  | { kind: "message"; key: string; message: MessageJson }
  | { kind: "activity"; key: string; step: ActivityJson };

/**
 * Messages and the activity between them in time order, with a heading per day. Only the steps
 * from the oldest message shown on (`complete`: all of them) go in, so that loading older messages
 * never pushes a step out of place; a note's "added" step is the note itself.
 */
export function toEntries(messages: MessageJson[], activity: ActivityJson[] = [], complete = true): Entry[] {
  const from = complete ? "" : (messages[0]?.createdAt ?? "");
  const steps = activity
    .filter((step) => step.kind !== "note.added" && step.createdAt >= from)
    .map((step) => ({ kind: "activity" as const, key: `activity-${step._id}`, step, at: step.createdAt }))
    .toReversed();
  const items = messages.map((message) => ({
    kind: "message" as const,
    key: message._id,
    message,
    at: message.createdAt,
  }));
  // A stable sort of two lists in time order: a step goes after the messages of its millisecond.
  const merged = [...items, ...steps].sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));
  const entries: Entry[] = [];
  let day = "";
  for (const { at, ...entry } of merged) {
    const key = dayKey(at);
    if (key !== day) {
      day = key;
      entries.push({ kind: "day", key: `day-${key}`, label: dayLabel(at) });
    }
    entries.push(entry);
  }
  return entries;
}

/**
 * The thread's timeline: opens at the newest message, loads older pages when scrolled to the top
 * (keeping what is on screen in place), follows new messages while at the bottom. Virtualized, so a
 * thread of 10,000 messages renders only what is visible.
 */
export function MessageTimeline({
  query,
  activity,
  contactName,
  conversationId,
}: {
  query: ReturnType<typeof useMessages>;
  /** The conversation's newest activity, newest first (as the API answers). */
  activity?: ActivityJson[];
  contactName: string;
  conversationId: string;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const viewer = useViewer();
  const messages = useMemo(() => (query.data?.pages ?? []).toReversed().flatMap((page) => page.messages), [query.data]);
  const entries = useMemo(
    () => toEntries(messages, activity, !query.hasNextPage),
    [messages, activity, query.hasNextPage],
  );

  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (entries[i]?.kind === "day" ? 40 : 84),
    getItemKey: (i) => entries[i]?.key ?? i,
    overscan: 8,
  });

  // Anchored on entries' ids: a day heading keeps its key when an older page lands on the same day.
  const previous = useRef({ first: "", last: "", total: 0 });
  const first = entries.find((entry) => entry.kind !== "day")?.key ?? "";
  const last = entries.at(-1)?.key ?? "";
  useLayoutEffect(() => {
    const element = scrollRef.current;
    const before = previous.current;
    const total = virtualizer.getTotalSize();
    if (element && entries.length > 0) {
      if (!before.last) {
        virtualizer.scrollToIndex(entries.length - 1, { align: "end" });
      } else if (first !== before.first && last === before.last) {
        element.scrollTop += total - before.total; // an older page went in above: stay put
      } else if (last !== before.last && atBottom.current) {
        virtualizer.scrollToIndex(entries.length - 1, { align: "end" });
      }
    }
    previous.current = { first, last, total };
    loadOlderIfNearTop();
  });

  // The thread's header can grow after the messages are drawn (a conversation opened from outside
  // the list arrives after its messages): a timeline at the bottom stays at the bottom.
  const drawn = !query.isPending && !query.isError;
  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!drawn || !element) return;
    const observer = new ResizeObserver(() => {
      if (atBottom.current) element.scrollTop = element.scrollHeight;
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [drawn]);

  function loadOlderIfNearTop() {
    const element = scrollRef.current;
    if (element && element.scrollTop < 300 && query.hasNextPage && !query.isFetchingNextPage) query.fetchNextPage();
  }

  function onScroll() {
    const element = scrollRef.current;
    if (!element) return;
    atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < 120;
    loadOlderIfNearTop();
  }

  if (query.isPending) {
    return (
      <div className="flex-1 space-y-4 p-4" role="status" aria-label="Loading messages">
        <Skeleton className="h-10 w-2/3" />
        <Skeleton className="ml-auto h-10 w-1/2" />
        <Skeleton className="h-16 w-3/5" />
      </div>
    );
  }
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;

  return (
    <div
      ref={scrollRef}
      onScroll={onScroll}
      className="min-h-0 flex-1 overflow-y-auto bg-slate-50"
      data-testid="timeline"
    >
      {query.isFetchingNextPage && <p className="py-2 text-center text-xs text-slate-600">Loading older messages…</p>}
      {!query.hasNextPage && entries.length > 0 && (
        <p className="py-3 text-center text-xs text-slate-600">Beginning of the conversation</p>
      )}
      {entries.length === 0 && (
        <p className="p-6 text-center text-sm text-slate-600">No messages yet. Say hello below.</p>
      )}
      <div role="log" aria-label="Messages" className="relative" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const entry = entries[item.index];
          if (!entry) return null;
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="absolute inset-x-0"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {entry.kind === "day" ? (
                <h3 className="py-2 text-center text-xs font-medium text-slate-600">{entry.label}</h3>
              ) : entry.kind === "activity" ? (
                <p className="px-4 py-1 text-center text-xs text-slate-500">
                  {activityLine(entry.step, viewer.id, viewer.timeZone)}
                  <span aria-hidden> · </span>
                  <time dateTime={entry.step.createdAt} title={dateTime(entry.step.createdAt)}>
                    {clockTime(entry.step.createdAt)}
                  </time>
                </p>
              ) : (
                <MessageEntry message={entry.message} contactName={contactName} conversationId={conversationId} />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
