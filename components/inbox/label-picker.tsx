"use client";
import Link from "next/link";
import { useMemo, useState } from "react";
import { useViewer } from "@/components/layout/viewer-context";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Popover } from "@/components/ui/popover";
import { canSeeWholeOrganization } from "@/lib/auth/viewer";
import type { ConversationJson } from "@/lib/conversations/json";
import { useSetLabels } from "@/lib/queries/use-conversation-actions";
import { useLabels } from "@/lib/queries/use-labels";
import { LabelCheckbox } from "./label-chips";

type Props = { conversation: ConversationJson; open: boolean; onOpenChange: (open: boolean) => void };

/** The organization's labels, searchable, this conversation's ticked; each tick saved at once (`l`). */
export function LabelPicker({ conversation, open, onOpenChange }: Props) {
  const viewer = useViewer();
  const labels = useLabels();
  const setLabels = useSetLabels(labels.data ?? []);
  const [search, setSearch] = useState("");
  const on = (conversation.labels ?? []).map((label) => label._id);
  const shown = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return (labels.data ?? []).filter((label) => !needle || label.name.toLowerCase().includes(needle));
  }, [labels.data, search]);

  const toggle = (labelId: string) =>
    setLabels.mutate({
      id: conversation._id,
      labelIds: on.includes(labelId) ? on.filter((id) => id !== labelId) : [...on, labelId],
    });

  return (
    <Popover
      open={open}
      onOpenChange={onOpenChange}
      align="end"
      width="w-64"
      label="Label conversation"
      trigger={
        <Button size="sm" aria-keyshortcuts="l">
          <span className="sr-only">{`Labels: ${(conversation.labels ?? []).map((l) => l.name).join(", ") || "none"}. `}</span>
          Label
        </Button>
      }
    >
      <div className="mb-2">
        <Field
          label="Search labels"
          hideLabel
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          placeholder="Search labels"
        />
      </div>
      {labels.isPending && <p className="p-2 text-sm text-slate-600">Loading labels…</p>}
      {labels.isError && <p className="p-2 text-sm text-red-800">Could not load labels: {labels.error.message}</p>}
      <ul className="max-h-64 overflow-y-auto" aria-label="Labels to choose">
        {shown.map((label) => (
          <li key={label._id}>
            <LabelCheckbox label={label} checked={on.includes(label._id)} onChange={() => toggle(label._id)} />
          </li>
        ))}
        {labels.data && labels.data.length === 0 && (
          <li className="p-2 text-sm text-slate-600">
            No labels yet.{" "}
            {canSeeWholeOrganization(viewer) ? "Make the first in Labels below." : "A manager makes them."}
          </li>
        )}
        {labels.data && labels.data.length > 0 && shown.length === 0 && (
          <li className="p-2 text-sm text-slate-600">No label matches “{search}”.</li>
        )}
      </ul>
      {canSeeWholeOrganization(viewer) && (
        <Link
          href="/settings/labels"
          className="mt-1 block rounded px-2 py-1.5 text-sm text-blue-800 hover:bg-slate-50"
        >
          Manage labels
        </Link>
      )}
    </Popover>
  );
}
