"use client";
import { forwardRef, useEffect, useState } from "react";
import { channelLabels } from "@/components/ui/channel-icon";
import { useHydrated } from "@/components/ui/use-hydrated";
import { type InboxFilters, inboxStatuses } from "@/lib/inbox/filters";
import { useModelProvider } from "@/lib/queries/use-ai";
import { useInboxCounts } from "@/lib/queries/use-inbox";
import { LabelFilter } from "./label-filter";
import type { useInboxUrl } from "./use-inbox-url";

type Props = { filters: InboxFilters; setFilters: ReturnType<typeof useInboxUrl>["setFilters"] };

const viewLabels = { mine: "Mine", unassigned: "Unassigned", all: "All" } as const;

const formatCount = (count: number, cap: number) =>
  count < cap ? String(count) : cap >= 1000 ? `${(cap / 1000).toFixed(0)}k+` : `${cap}+`;

export const FilterBar = forwardRef<HTMLInputElement, Props>(function FilterBar({ filters, setFilters }, searchRef) {
  const { view: _view, ...countFilters } = filters;
  const counts = useInboxCounts(countFilters);
  const provider = useModelProvider();
  const [search, setSearch] = useState(filters.q ?? "");

  // Search as you type, without a request per keystroke.
  useEffect(() => {
    const timer = setTimeout(() => {
      if ((filters.q ?? "") !== search.trim()) setFilters({ q: search.trim() });
    }, 250);
    return () => clearTimeout(timer);
  }, [search, filters.q, setFilters]);

  // Drawn by the server with the list: until the page runs, its controls would do nothing.
  const running = useHydrated();
  return (
    <fieldset disabled={!running} className="m-0 min-w-0 space-y-2 border-0 border-b border-slate-200 p-2">
      <legend className="sr-only">Filters</legend>
      <div role="tablist" aria-label="Views" className="flex gap-1">
        {(Object.keys(viewLabels) as (keyof typeof viewLabels)[]).map((view) => (
          <button
            key={view}
            type="button"
            role="tab"
            aria-selected={filters.view === view}
            onClick={() => setFilters({ view })}
            className="flex-1 rounded-md px-2 py-1.5 text-sm text-slate-700 hover:bg-slate-100 aria-selected:bg-slate-900 aria-selected:text-white"
          >
            {viewLabels[view]}
            <span className="ml-1 tabular-nums opacity-80">
              {counts.data ? formatCount(counts.data.counts[view], counts.data.cap) : "·"}
            </span>
          </button>
        ))}
      </div>
      <div className="flex gap-2">
        <label className="sr-only" htmlFor="inbox-search">
          Search contacts and messages
        </label>
        <input
          ref={searchRef}
          id="inbox-search"
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onKeyDown={(e) => e.key === "Escape" && e.currentTarget.blur()}
          placeholder="Search names, phones, emails, messages  /"
          className="min-w-0 flex-1 rounded-md border border-slate-300 px-2.5 py-1.5 text-sm focus:border-blue-600 focus:outline-none"
        />
      </div>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <fieldset className="flex overflow-hidden rounded-md border border-slate-300">
          <legend className="sr-only">Status</legend>
          {inboxStatuses.map((status) => (
            <button
              key={status}
              type="button"
              aria-pressed={filters.status === status}
              onClick={() => setFilters({ status: status === "open" ? undefined : status })}
              className="px-2.5 py-1 text-slate-700 capitalize aria-pressed:bg-slate-200 aria-pressed:font-medium aria-pressed:text-slate-900"
            >
              {status}
            </button>
          ))}
        </fieldset>
        <label className="sr-only" htmlFor="channel-filter">
          Channel
        </label>
        <select
          id="channel-filter"
          value={filters.channel ?? ""}
          onChange={(e) => setFilters({ channel: e.target.value })}
          className="rounded-md border border-slate-300 bg-white px-2 py-1 text-slate-800"
        >
          <option value="">All channels</option>
          {(Object.keys(channelLabels) as (keyof typeof channelLabels)[]).map((channel) => (
            <option key={channel} value={channel}>
              {channelLabels[channel]}
            </option>
          ))}
        </select>
        <label className="sr-only" htmlFor="sort-order">
          Order
        </label>
        <select
          id="sort-order"
          value={filters.sort ?? "newest"}
          onChange={(e) => setFilters({ sort: e.target.value === "waiting" ? "waiting" : undefined })}
          className="rounded-md border border-slate-300 bg-white px-2 py-1 text-slate-800"
        >
          <option value="newest">Newest activity</option>
          <option value="waiting">Longest waiting</option>
        </select>
        <LabelFilter selected={filters.labels ?? []} onChange={(ids) => setFilters({ labels: ids.join(",") })} />
        <label className="flex items-center gap-1.5 text-slate-700">
          <input
            type="checkbox"
            checked={filters.unseen ?? false}
            onChange={(e) => setFilters({ unseen: e.target.checked })}
            className="size-4 accent-blue-700"
          />
          Unseen only
        </label>
        {(provider.data || filters.stalled) && (
          <label className="flex items-center gap-1.5 text-slate-700">
            <input
              type="checkbox"
              checked={filters.stalled ?? false}
              onChange={(e) => setFilters({ stalled: e.target.checked })}
              className="size-4 accent-violet-700"
            />
            Stalled autopilot
          </label>
        )}
      </div>
    </fieldset>
  );
});
