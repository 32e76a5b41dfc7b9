"use client";
import { useViewer } from "@/components/layout/viewer-context";
import { Button } from "@/components/ui/button";
import { Popover, PopoverClose } from "@/components/ui/popover";
import type { BulkAction } from "@/lib/conversations/bulk-action";
import type { SnoozeSpec } from "@/lib/conversations/schemas";
import { useBulkUpdate } from "@/lib/queries/use-conversation-actions";
import { useLabels } from "@/lib/queries/use-labels";
import { useUsers } from "@/lib/queries/use-users";
import { SnoozeMenu } from "./snooze-menu";

/** Actions on the selected rows: assign to someone, unassign everyone, label, snooze, resolve, reopen. */
export function BulkBar({ selected, onDone }: { selected: string[]; onDone: () => void }) {
  const users = useUsers();
  const labels = useLabels();
  const { timeZone } = useViewer();
  const bulk = useBulkUpdate(users.data ?? [], timeZone);
  const run = (action: BulkAction, userIds?: string[], labelIds?: string[], snooze?: SnoozeSpec) =>
    bulk.mutate({ ids: selected, action, userIds, labelIds, snooze }, { onSuccess: onDone });

  return (
    <div
      role="toolbar"
      aria-label="Bulk actions"
      className="flex flex-wrap items-center gap-1.5 border-b border-slate-200 bg-blue-50 px-2 py-1.5"
    >
      <span className="mr-1 text-sm font-medium text-blue-950">{selected.length} selected</span>
      <Popover trigger={<Button size="sm">Assign to…</Button>}>
        <ul aria-label="Assign selected to">
          {(users.data ?? [])
            .filter((u) => u.active)
            .map((u) => (
              <li key={u._id}>
                <PopoverClose asChild>
                  <button
                    type="button"
                    onClick={() => run("assign", [u._id])}
                    className="w-full rounded-md px-2 py-1.5 text-left text-sm text-slate-900 hover:bg-slate-100"
                  >
                    {u.fullName}
                  </button>
                </PopoverClose>
              </li>
            ))}
        </ul>
      </Popover>
      <Button size="sm" onClick={() => run("unassign")}>
        Unassign all
      </Button>
      {(labels.data?.length ?? 0) > 0 && (
        <Popover width="w-64" label="Label selected" trigger={<Button size="sm">Label…</Button>}>
          <ul aria-label="Label selected">
            {(labels.data ?? []).map((label) => (
              <li key={label._id} className="flex items-center gap-1 px-1">
                <span className="min-w-0 flex-1 truncate px-1 text-sm text-slate-900">{label.name}</span>
                <PopoverClose asChild>
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label={`Add ${label.name}`}
                    onClick={() => run("label", undefined, [label._id])}
                  >
                    Add
                  </Button>
                </PopoverClose>
                <PopoverClose asChild>
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label={`Remove ${label.name}`}
                    onClick={() => run("unlabel", undefined, [label._id])}
                  >
                    Remove
                  </Button>
                </PopoverClose>
              </li>
            ))}
          </ul>
        </Popover>
      )}
      <SnoozeMenu
        label="Snooze selected"
        onSnooze={(snooze) => run("snooze", undefined, undefined, snooze)}
        trigger={<Button size="sm">Snooze…</Button>}
      />
      <Button size="sm" onClick={() => run("resolve")}>
        Resolve
      </Button>
      <Button size="sm" onClick={() => run("reopen")}>
        Reopen
      </Button>
      <Button size="sm" variant="ghost" onClick={onDone} className="ml-auto">
        Clear selection
      </Button>
    </div>
  );
}
