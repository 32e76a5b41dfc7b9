"use client";
import { usePathname, useSearchParams } from "next/navigation";
import { startTransition, useCallback, useMemo, useOptimistic } from "react";
import { type InboxFilters, parseInboxFilters } from "@/lib/inbox/filters";

/** The inbox's filters and open thread, kept in the URL so a view can be shared and survives a reload. */
export function useInboxUrl() {
  const params = useSearchParams();
  const pathname = usePathname();

  // Next.js applies a URL change in a transition: until it lands, the query string shows
  // optimistically, so controls bound to it do not flick back to the old filters.
  const [search, showSearch] = useOptimistic(params.toString());
  const filters = useMemo(() => parseInboxFilters(new URLSearchParams(search), "mine"), [search]);
  const conversationId = new URLSearchParams(search).get("c");

  const navigate = useCallback(
    (change: Record<string, string | boolean | undefined>, mode: "push" | "replace") => {
      // From the live URL, not the render's snapshot: quick successive changes (a debounced search
      // landing just after a click on a filter) must compose, not overwrite each other.
      const next = new URLSearchParams(window.location.search);
      for (const [key, value] of Object.entries(change)) {
        if (value === undefined || value === "" || value === false) next.delete(key);
        else next.set(key, String(value));
      }
      const query = next.toString();
      // The native history API: Next.js keeps useSearchParams in step with it, without a
      // navigation, so controls bound to the URL update at once.
      const url = query ? `${pathname}?${query}` : pathname;
      startTransition(() => {
        showSearch(query);
        if (mode === "push") window.history.pushState(null, "", url);
        else window.history.replaceState(null, "", url);
      });
    },
    [pathname, showSearch],
  );

  const setFilters = useCallback(
    (change: Partial<Record<keyof InboxFilters, string | boolean | undefined>>) => navigate(change, "replace"),
    [navigate],
  );
  // Opening a thread is a navigation (Back returns to the list on a phone); filters are not.
  const openConversation = useCallback((id: string | null) => navigate({ c: id ?? undefined }, "push"), [navigate]);

  return { filters, conversationId, setFilters, openConversation };
}
