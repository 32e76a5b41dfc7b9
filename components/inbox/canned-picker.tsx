"use client";
import { useMemo, useState } from "react";
import type { CannedReplyJson } from "@/lib/canned/replies";
import { useCannedReplies } from "@/lib/queries/use-canned";

/** What `/` at the start of the composer asks for: the word after it, while nothing else is typed. */
export const cannedQuery = (text: string): string | null => {
  const match = /^\/([\w-]*)$/.exec(text);
  return match ? (match[1] ?? "") : null;
};

/**
 * The canned replies matching `/query` (shortcut first, then words in the text), for the composer's
 * list: arrows move, Enter picks, Esc closes. The list is a listbox the text box controls
 * (aria-activedescendant), so the focus never leaves the text box.
 */
export function useCannedPicker(query: string | null, onPick: (reply: CannedReplyJson) => void) {
  const replies = useCannedReplies();
  // The highlighted row, for the query it was moved in (a new query starts at the top).
  const [selection, setSelection] = useState({ query, index: 0 });
  const active = selection.query === query ? selection.index : 0;
  const [closedFor, setClosedFor] = useState<string | null>(null);
  const matches = useMemo(() => {
    if (query === null || !replies.data) return [];
    const q = query.toLowerCase();
    const byShortcut = replies.data.filter((r) => r.shortcut.toLowerCase().startsWith(q));
    const byText = replies.data.filter((r) => !byShortcut.includes(r) && r.body.toLowerCase().includes(q));
    return [...byShortcut, ...byText].slice(0, 8);
  }, [query, replies.data]);
  const open = query !== null && closedFor !== query;

  /** Handles the key when the list is open; true when it did. */
  function onKeyDown(event: React.KeyboardEvent): boolean {
    if (!open) return false;
    if (event.key === "Escape") {
      setClosedFor(query);
      return true;
    }
    if (matches.length === 0) return false;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      const step = event.key === "ArrowDown" ? 1 : -1;
      setSelection({ query, index: (active + step + matches.length) % matches.length });
      return true;
    }
    if (event.key === "Enter" || event.key === "Tab") {
      const reply = matches[active];
      if (reply) onPick(reply);
      return true;
    }
    return false;
  }

  const optionId = (index: number) => `canned-option-${index}`;
  const list = open ? (
    <div className="absolute inset-x-2 bottom-full z-20 mb-1 rounded-lg border border-slate-200 bg-white p-1 shadow-lg">
      {replies.isPending ? (
        <p className="px-2 py-1.5 text-sm text-slate-600">Loading canned replies…</p>
      ) : matches.length === 0 ? (
        <p className="px-2 py-1.5 text-sm text-slate-600">
          {replies.data?.length
            ? `No canned reply matches /${query}.`
            : "No canned replies yet: add them in Settings → Canned replies."}
        </p>
      ) : (
        <div id="canned-replies" role="listbox" aria-label="Canned replies" className="max-h-64 overflow-y-auto">
          {matches.map((reply, index) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the keys are the text box's (arrows, Enter), as a combobox's
            <div
              key={reply._id}
              id={optionId(index)}
              role="option"
              tabIndex={-1}
              aria-selected={index === active}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onPick(reply)}
              className="cursor-pointer rounded-md px-2 py-1.5 text-sm aria-selected:bg-blue-50"
            >
              <span className="font-mono text-slate-900">/{reply.shortcut}</span>
              {reply.scope === "personal" && <span className="ml-1 text-xs text-slate-500">yours</span>}
              <span className="block truncate text-slate-600">{reply.body}</span>
            </div>
          ))}
        </div>
      )}
    </div>
  ) : null;
  return {
    list,
    onKeyDown,
    inputProps: open
      ? {
          role: "combobox" as const,
          "aria-expanded": true,
          "aria-controls": "canned-replies",
          "aria-autocomplete": "list" as const,
          "aria-activedescendant": matches.length ? optionId(active) : undefined,
        }
      : {},
  };
}
