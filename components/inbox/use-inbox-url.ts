"use client";
import { usePathname, useSearchParams } from "next/navigation";
import { startTransition, useCallback, useMemo, useOptimistic } from "react";
import type { ChannelType, InboxFilters } from "@/lib/queries/types";

const views = ["mine", "unassigned", "all"] as const;
const channels = ["sms", "facebook", "webchat", "email"] as const;

/** The inbox's filters and open thread, kept in the URL so a view can be shared and survives a reload. */
export function useInboxUrl() {
  const params = useSearchParams();
  const pathname = usePathname();

  const urlFilters: InboxFilters = useMemo(() => {
    const view = params.get("view");
    const channel = params.get("channel");
    return {
      view: views.includes(view as (typeof views)[number]) ? (view as InboxFilters["view"]) : "mine",
      status: params.get("status") === "resolved" ? "resolved" : "open",
      channel: channels.includes(channel as ChannelType) ? (channel as ChannelType) : undefined,
      unseen: params.get("unseen") === "true" ? true : undefined,
      q: params.get("q") || undefined,
      assignee: params.get("assignee") || undefined,
    };
  }, [params]);
  const conversationId = params.get("c");

  const navigate = useCallback(
    (change: Record<string, string | undefined>, mode: "push" | "replace") => {
      // From the live URL, not the render's snapshot: quick successive changes (a debounced search
      // landing just after a click on a filter) must compose, not overwrite each other.
      const next = new URLSearchParams(window.location.search);
      for (const [key, value] of Object.entries(change)) {
        if (value === undefined || value === "") next.delete(key);
        else next.set(key, value);
      }
      const query = next.toString();
      // The native history API: Next.js keeps useSearchParams in step with it, without a
      // navigation, so controls bound to the URL update at once.
      const url = query ? `${pathname}?${query}` : pathname;
      if (mode === "push") window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    },
    [pathname],
  );

  // Next.js applies a URL change in a transition: until it lands, controls show the new filters
  // optimistically instead of flicking back to the old ones.
  const [filters, applyOptimistically] = useOptimistic(
    urlFilters,
    (current, change: Partial<InboxFilters>): InboxFilters => ({ ...current, ...change }),
  );

  const setFilters = useCallback(
    (change: Partial<Record<keyof InboxFilters, string | boolean | undefined>>) => {
      const values = Object.fromEntries(
        Object.entries(change).map(([k, v]) => [k, v === true ? true : v || undefined]),
      );
      startTransition(() => {
        applyOptimistically(values as Partial<InboxFilters>);
        navigate(
          Object.fromEntries(
            Object.entries(values).map(([k, v]) => [k, v === true ? "true" : (v as string | undefined)]),
          ),
          "replace",
        );
      });
    },
    [navigate, applyOptimistically],
  );
  // Opening a thread is a navigation (Back returns to the list on a phone); filters are not.
  const openConversation = useCallback((id: string | null) => navigate({ c: id ?? undefined }, "push"), [navigate]);

  return { filters, conversationId, setFilters, openConversation };
}
