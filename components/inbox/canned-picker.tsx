"use client";
import { useMemo } from "react";
import type { CannedReplyJson } from "@/lib/canned/replies";
import { useCannedReplies } from "@/lib/queries/use-canned";
import { useSuggestions } from "./suggestions";

/** What `/` at the start of the composer asks for: the word after it, while nothing else is typed. */
export const cannedQuery = (text: string): string | null => {
  const match = /^\/([\w-]*)$/.exec(text);
  return match ? (match[1] ?? "") : null;
};

/** The canned replies matching `/query` (shortcut first, then words in the text), for the composer's list. */
export function useCannedPicker(query: string | null, onPick: (reply: CannedReplyJson) => void) {
  const replies = useCannedReplies();
  const matches = useMemo(() => {
    if (query === null || !replies.data) return [];
    const q = query.toLowerCase();
    const byShortcut = replies.data.filter((r) => r.shortcut.toLowerCase().startsWith(q));
    const byText = replies.data.filter((r) => !byShortcut.includes(r) && r.body.toLowerCase().includes(q));
    return [...byShortcut, ...byText].slice(0, 8);
  }, [query, replies.data]);
  return useSuggestions({
    id: "canned-replies",
    label: "Canned replies",
    query,
    items: matches,
    keyOf: (reply) => reply._id,
    onPick,
    loading: replies.isPending && "Loading canned replies…",
    empty: replies.data?.length
      ? `No canned reply matches /${query}.`
      : "No canned replies yet: add them in Settings → Canned replies.",
    render: (reply) => (
      <>
        <span className="font-mono text-slate-900">/{reply.shortcut}</span>
        {reply.scope === "personal" && <span className="ml-1 text-xs text-slate-500">yours</span>}
        <span className="block truncate text-slate-600">{reply.body}</span>
      </>
    ),
  });
}
