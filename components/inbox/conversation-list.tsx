"use client";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useRef } from "react";
import { EmptyState, ErrorState, Skeleton } from "@/components/ui/states";
import type { InboxRowJson } from "@/lib/inbox/json";
import type { useInbox } from "@/lib/queries/use-inbox";
import { ConversationRow } from "./conversation-row";

const ROW_HEIGHT = 68;

type Props = {
  query: ReturnType<typeof useInbox>;
  rows: InboxRowJson[];
  activeId: string | null;
  highlightedIndex: number;
  selected: ReadonlySet<string>;
  filtered: boolean;
  onOpen: (id: string, index: number) => void;
  onToggleSelect: (id: string, index: number, range: boolean) => void;
};

/** The conversation list: virtualized (thousands of rows scroll smoothly), loading more on the way down. */
export function ConversationList({
  query,
  rows,
  activeId,
  highlightedIndex,
  selected,
  filtered,
  onOpen,
  onToggleSelect,
}: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  const virtualizer = useVirtualizer({
    count: rows.length + (hasNextPage ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // The server's HTML (and the first render in the browser, which must match it) has no list to
    // measure yet: it draws the rows a typical screen shows.
    initialRect: { width: 352, height: 800 },
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;

  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastIndex >= rows.length - 5) fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, lastIndex, rows.length, fetchNextPage]);

  useEffect(() => {
    if (highlightedIndex >= 0) virtualizer.scrollToIndex(highlightedIndex, { align: "auto" });
  }, [highlightedIndex, virtualizer]);

  if (query.isPending) {
    return (
      <div role="status" aria-label="Loading conversations" className="space-y-3 p-3">
        {Array.from({ length: 8 }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
          <div key={i} className="space-y-2">
            <Skeleton className="h-4 w-2/5" />
            <Skeleton className="h-3.5 w-4/5" />
          </div>
        ))}
      </div>
    );
  }
  if (query.isError && rows.length === 0) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  if (rows.length === 0) {
    return filtered ? (
      <EmptyState title="No conversations match" hint="Try another view, channel or search, or clear the filters." />
    ) : (
      <EmptyState title="Inbox zero" hint="Nothing here needs you. New messages will appear on their own." />
    );
  }

  return (
    <div ref={scrollRef} className="h-full overflow-y-auto" data-testid="conversation-list">
      <ul aria-label="Conversations" className="relative" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = rows[item.index];
          return (
            <li
              key={row?._id ?? "loader"}
              className="absolute inset-x-0"
              style={{ top: item.start, height: item.size }}
            >
              {row ? (
                <ConversationRow
                  row={row}
                  index={item.index}
                  active={row._id === activeId}
                  highlighted={item.index === highlightedIndex}
                  selected={selected.has(row._id)}
                  onOpen={onOpen}
                  onToggleSelect={onToggleSelect}
                />
              ) : (
                <p className="p-4 text-center text-sm text-slate-600">Loading more…</p>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
