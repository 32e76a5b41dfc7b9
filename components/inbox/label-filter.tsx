"use client";
import { Button } from "@/components/ui/button";
import { Popover } from "@/components/ui/popover";
import { MAX_FILTER_LABELS } from "@/lib/inbox/filters";
import { useLabels } from "@/lib/queries/use-labels";
import { LabelCheckbox } from "./label-chips";

/** The inbox's label filter: conversations with every label ticked (in the URL, `labels=a,b`). */
export function LabelFilter({ selected, onChange }: { selected: string[]; onChange: (ids: string[]) => void }) {
  const labels = useLabels();
  const names = selected.map((id) => labels.data?.find((label) => label._id === id)?.name ?? "a deleted label");
  const summary = names.length === 0 ? "Labels" : names.length === 1 ? names[0] : `${names[0]} +${names.length - 1}`;
  if (labels.data?.length === 0 && selected.length === 0) return null;
  return (
    <Popover
      align="start"
      width="w-60"
      label="Filter by labels"
      trigger={
        <Button size="sm" aria-pressed={selected.length > 0}>
          <span className="sr-only">Filter by labels: </span>
          <span className="max-w-32 truncate">{summary}</span>
        </Button>
      }
    >
      <p className="px-2 pb-1 text-xs text-slate-600">Conversations with every label ticked</p>
      {labels.isPending && <p className="p-2 text-sm text-slate-600">Loading labels…</p>}
      {labels.isError && <p className="p-2 text-sm text-red-800">Could not load labels: {labels.error.message}</p>}
      <ul className="max-h-64 overflow-y-auto" aria-label="Labels to filter by">
        {(labels.data ?? []).map((label) => {
          const on = selected.includes(label._id);
          return (
            <li key={label._id}>
              <LabelCheckbox
                label={label}
                checked={on}
                disabled={!on && selected.length >= MAX_FILTER_LABELS}
                onChange={() => onChange(on ? selected.filter((id) => id !== label._id) : [...selected, label._id])}
              />
            </li>
          );
        })}
      </ul>
      {selected.length > 0 && (
        <Button size="sm" variant="ghost" className="mt-1 w-full justify-start" onClick={() => onChange([])}>
          Clear the label filter
        </Button>
      )}
    </Popover>
  );
}
