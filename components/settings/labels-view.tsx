"use client";
import Link from "next/link";
import { useState } from "react";
import { toast } from "sonner";
import { useViewer } from "@/components/layout/viewer-context";
import { Button, SubmitButton } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field, FormError } from "@/components/ui/field";
import { failed } from "@/components/ui/notify";
import { EmptyState, QueryStates } from "@/components/ui/states";
import { useSubmit } from "@/components/ui/use-submit";
import { canSeeWholeOrganization } from "@/lib/auth/viewer";
import type { LabelJson } from "@/lib/labels/json";
import { chipClasses, type LabelColor, labelColorNames, swatchColors } from "@/lib/labels/palette";
import { useCreateLabel, useDeleteLabel, useLabels, useUpdateLabel } from "@/lib/queries/use-labels";

/** Settings → Labels: managers and admins make, rename, recolour and delete them; everyone sees them. */
export function LabelsView() {
  const viewer = useViewer();
  const labels = useLabels({ counts: true });
  const [editing, setEditing] = useState<string | "new" | null>(null);
  const manager = canSeeWholeOrganization(viewer);
  return (
    <main className="mx-auto h-full max-w-2xl space-y-6 overflow-y-auto p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h1 className="text-xl font-semibold text-slate-900">Labels</h1>
          <p className="mt-1 max-w-lg text-sm text-slate-600">
            Put them on conversations from a thread (
            <kbd className="rounded border border-slate-300 px-1 font-mono">l</kbd>) or on many at once from the
            inbox&apos;s selection, and filter the inbox by them. Automations can add them and test for them.
          </p>
        </div>
        {manager && editing !== "new" && (
          <Button variant="primary" onClick={() => setEditing("new")}>
            New label
          </Button>
        )}
      </div>
      {editing === "new" && <LabelForm onDone={() => setEditing(null)} />}
      <QueryStates query={labels} loading="Loading labels" lines={3} />
      {labels.data?.length === 0 && editing !== "new" && (
        <EmptyState
          title="No labels yet"
          hint={manager ? "Billing, Urgent, VIP: name what your team sorts by." : "A manager or an admin makes them."}
        />
      )}
      {labels.data && labels.data.length > 0 && (
        <ul className="space-y-2" aria-label="Labels">
          {labels.data.map((label) =>
            editing === label._id ? (
              <li key={label._id}>
                <LabelForm label={label} onDone={() => setEditing(null)} />
              </li>
            ) : (
              <li
                key={label._id}
                className="flex items-center gap-3 rounded-lg border border-slate-200 bg-white px-3 py-2"
              >
                <span
                  className={`rounded px-1.5 py-px text-sm font-medium ring-1 ring-inset ${chipClasses(label.color)}`}
                >
                  {label.name}
                </span>
                <Link
                  href={`/inbox?view=all&labels=${label._id}`}
                  className="text-sm text-slate-600 hover:text-slate-900 hover:underline"
                >
                  {label.conversationCount === 1 ? "1 conversation" : `${label.conversationCount ?? 0} conversations`}
                </Link>
                {manager && (
                  <Button
                    size="sm"
                    className="ml-auto"
                    onClick={() => setEditing(label._id)}
                    aria-label={`Edit ${label.name}`}
                  >
                    Edit
                  </Button>
                )}
              </li>
            ),
          )}
        </ul>
      )}
    </main>
  );
}

function LabelForm({ label, onDone }: { label?: LabelJson; onDone: () => void }) {
  const create = useCreateLabel();
  const update = useUpdateLabel();
  const remove = useDeleteLabel();
  const [name, setName] = useState(label?.name ?? "");
  const [color, setColor] = useState<LabelColor>((label?.color as LabelColor) ?? "blue");
  const save = useSubmit(async () => {
    const input = { name: name.trim(), color };
    if (label) await update.mutateAsync({ id: label._id, ...input });
    else await create.mutateAsync(input);
    toast.success(label ? "Label saved" : "Label added");
    onDone();
  });
  return (
    <form
      aria-label={label ? `Edit ${label.name}` : "New label"}
      className="space-y-3 rounded-lg border border-blue-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        void save.run(undefined);
      }}
    >
      <Field
        label="Name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        required
        maxLength={40}
        placeholder="Billing"
        error={save.fieldErrors.name}
      />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Colour</legend>
        <div className="mt-1 flex flex-wrap gap-2">
          {labelColorNames.map((value) => (
            <label
              key={value}
              className="flex cursor-pointer items-center gap-1.5 rounded-md border border-slate-200 px-2 py-1 text-sm capitalize has-checked:border-blue-600 has-checked:bg-blue-50"
            >
              <input
                type="radio"
                name="color"
                value={value}
                checked={color === value}
                onChange={() => setColor(value)}
                className="sr-only"
              />
              <span aria-hidden className={`size-3 rounded-full ${swatchColors[value]}`} />
              {value}
            </label>
          ))}
        </div>
      </fieldset>
      <p className="text-sm text-slate-600">
        Shows as{" "}
        <span className={`rounded px-1.5 py-px font-medium ring-1 ring-inset ${chipClasses(color)}`}>
          {name.trim() || "Label"}
        </span>
      </p>
      <FormError message={save.error} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton variant="primary" disabled={save.pending || !name.trim()}>
          {label ? "Save" : "Add label"}
        </SubmitButton>
        <Button onClick={onDone}>Cancel</Button>
        {label && (
          <span className="ml-auto">
            <ConfirmButton
              label="Delete"
              confirm={`Delete ${label.name}`}
              warning={`It comes off the ${label.conversationCount ?? 0} conversation(s) that carry it.`}
              onConfirm={() => remove.mutate(label._id, { onSuccess: onDone, onError: failed("Could not delete it") })}
            />
          </span>
        )}
      </div>
    </form>
  );
}
