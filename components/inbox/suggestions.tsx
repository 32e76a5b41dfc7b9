"use client";
import { type ReactNode, useState } from "react";

/**
 * A list of suggestions under what is typed in the composer (canned replies after `/`, people after
 * `@`): arrows move, Enter or Tab picks, Esc closes. It is a listbox the text box controls
 * (aria-activedescendant), so the focus never leaves the text box. `query` null: closed.
 */
export function useSuggestions<Item>(options: {
  /** Names the listbox and its options' ids. */
  id: string;
  label: string;
  query: string | null;
  items: Item[];
  keyOf: (item: Item) => string;
  render: (item: Item) => ReactNode;
  onPick: (item: Item) => void;
  /** Shown instead of the list while loading, or when nothing matches. */
  loading?: string | false;
  empty: string;
}) {
  const { id, query, items } = options;
  // The highlighted row, for the query it was moved in (a new query starts at the top).
  const [selection, setSelection] = useState({ query, index: 0 });
  const active = selection.query === query ? Math.min(selection.index, Math.max(items.length - 1, 0)) : 0;
  const [closedFor, setClosedFor] = useState<string | null>(null);
  const open = query !== null && closedFor !== query;

  /** Handles the key when the list is open; true when it did. */
  function onKeyDown(event: React.KeyboardEvent): boolean {
    if (!open) return false;
    if (event.key === "Escape") {
      setClosedFor(query);
      return true;
    }
    if (items.length === 0) return false;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      const step = event.key === "ArrowDown" ? 1 : -1;
      setSelection({ query, index: (active + step + items.length) % items.length });
      return true;
    }
    if (event.key === "Enter" || event.key === "Tab") {
      const item = items[active];
      if (item) options.onPick(item);
      return true;
    }
    return false;
  }

  const optionId = (index: number) => `${id}-option-${index}`;
  const list = open ? (
    <div className="absolute inset-x-2 bottom-full z-20 mb-1 rounded-lg border border-slate-200 bg-white p-1 shadow-lg">
      {options.loading || items.length === 0 ? (
        <p className="px-2 py-1.5 text-sm text-slate-600">{options.loading || options.empty}</p>
      ) : (
        <div id={id} role="listbox" aria-label={options.label} className="max-h-64 overflow-y-auto">
          {items.map((item, index) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the keys are the text box's (arrows, Enter), as a combobox's
            <div
              key={options.keyOf(item)}
              id={optionId(index)}
              role="option"
              tabIndex={-1}
              aria-selected={index === active}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => options.onPick(item)}
              className="cursor-pointer rounded-md px-2 py-1.5 text-sm aria-selected:bg-blue-50"
            >
              {options.render(item)}
            </div>
          ))}
        </div>
      )}
    </div>
  ) : null;
  return {
    open,
    list,
    onKeyDown,
    inputProps: open
      ? {
          role: "combobox" as const,
          "aria-expanded": true,
          "aria-controls": id,
          "aria-autocomplete": "list" as const,
          "aria-activedescendant": items.length ? optionId(active) : undefined,
        }
      : {},
  };
}
