"use client";
import { useMemo, useState } from "react";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { PersonLabel } from "@/components/ui/person";
import { Popover } from "@/components/ui/popover";
import type { ConversationJson } from "@/lib/conversations/json";
import { ApiClientError } from "@/lib/queries/api-client";
import { useSetAssignees } from "@/lib/queries/use-conversation-actions";
import { useUsers } from "@/lib/queries/use-users";

type Props = { conversation: ConversationJson; open: boolean; onOpenChange: (open: boolean) => void };

/** Multi-select of the organization's users: searchable, current assignees checked, saved on each change. */
export function AssigneePicker({ conversation, open, onOpenChange }: Props) {
  const users = useUsers();
  const setAssignees = useSetAssignees(users.data ?? []);
  const [search, setSearch] = useState("");
  const assigned = conversation.assignees.map((a) => a._id);
  const shown = useMemo(() => {
    const needle = search.trim().toLowerCase();
    // A deactivated person is offered only to be taken off the thread.
    return (users.data ?? []).filter(
      (u) =>
        (u.active || assigned.includes(u._id)) &&
        (!needle || u.fullName.toLowerCase().includes(needle) || u.email.toLowerCase().includes(needle)),
    );
  }, [users.data, search, assigned]);

  function toggle(userId: string) {
    setAssignees.mutate(
      {
        id: conversation._id,
        userId,
        assign: !assigned.includes(userId),
        assignees: assigned,
        version: conversation.__v,
      },
      // A colleague changed it first: the toast says so and offers to apply this anyway; the picker,
      // showing what no longer is, closes.
      { onError: (error) => error instanceof ApiClientError && error.status === 409 && onOpenChange(false) },
    );
  }

  return (
    <Popover
      open={open}
      onOpenChange={onOpenChange}
      align="end"
      width="w-72"
      label="Assign conversation"
      trigger={
        <Button size="sm" aria-keyshortcuts="a">
          {/* Named by its text (an aria-label left out the visible "Assign"): "Assignees: Sam. Assign". */}
          <span className="sr-only">{`Assignees: ${conversation.assignees.map((a) => a.fullName).join(", ") || "nobody"}. `}</span>
          {conversation.assignees.length ? (
            <span aria-hidden className="flex -space-x-1.5">
              {conversation.assignees.slice(0, 3).map((a) => (
                <Avatar key={a._id} name={a.fullName} id={a._id} />
              ))}
            </span>
          ) : (
            <span aria-hidden className="text-slate-600">
              Unassigned
            </span>
          )}
          <span>Assign</span>
        </Button>
      }
    >
      <div className="mb-2">
        <Field
          label="Search people"
          hideLabel
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          placeholder="Search people"
        />
      </div>
      {users.isPending && <p className="p-2 text-sm text-slate-600">Loading people…</p>}
      {users.isError && <p className="p-2 text-sm text-red-800">Could not load people: {users.error.message}</p>}
      <ul className="max-h-64 overflow-y-auto" aria-label="People">
        {shown.map((user) => (
          <li key={user._id}>
            <label className="flex cursor-pointer items-center gap-2 rounded-md px-2 py-1.5 hover:bg-slate-50">
              <input
                type="checkbox"
                checked={assigned.includes(user._id)}
                onChange={() => toggle(user._id)}
                className="size-4 accent-blue-700"
              />
              <PersonLabel id={user._id} fullName={user.fullName} email={user.email} />
            </label>
          </li>
        ))}
        {users.data && shown.length === 0 && <li className="p-2 text-sm text-slate-600">Nobody matches “{search}”.</li>}
      </ul>
    </Popover>
  );
}
