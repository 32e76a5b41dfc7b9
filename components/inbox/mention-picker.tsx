"use client";
import { useMemo } from "react";
import { useViewer } from "@/components/layout/viewer-context";
import { nameMatches } from "@/lib/notes/mention-text";
import { useUsers } from "@/lib/queries/use-users";
import type { UserJson } from "@/lib/users/json";
import { useSuggestions } from "./suggestions";

/** The organization's active people (but you) whose name answers the `@query` typed in a note. */
export function useMentionPicker(query: string | null, onPick: (person: UserJson) => void) {
  const users = useUsers();
  const viewer = useViewer();
  const matches = useMemo(
    () =>
      query === null
        ? []
        : (users.data ?? [])
            .filter((user) => user.active && user._id !== viewer.id && nameMatches(user.fullName, query))
            .slice(0, 8),
    [query, users.data, viewer.id],
  );
  return useSuggestions({
    id: "mention-people",
    label: "People to mention",
    query,
    items: matches,
    keyOf: (user) => user._id,
    onPick,
    loading: users.isPending && "Loading people…",
    empty: `No one in your team is called ${query ? `“${query}”` : "that"}.`,
    render: (user) => (
      <>
        <span className="text-slate-900">{user.fullName}</span>
        <span className="ml-2 text-xs text-slate-500">{user.role.toLowerCase()}</span>
      </>
    ),
  });
}
