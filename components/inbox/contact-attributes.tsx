"use client";
import { useState } from "react";
import { Button, SubmitButton } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { useSubmit } from "@/components/ui/use-submit";
import type { ContactJson } from "@/lib/contacts/json";
import { useUpdateContactAttributes } from "@/lib/queries/use-contact";

type Value = string | number | boolean;
type Row = { name: string; value: string; was?: Value };

/** A value as typed, kept in the type it had: a number stays a number, true/false a boolean. */
function typed(row: Row): Value {
  const text = row.value.trim();
  if (typeof row.was === "number" && text !== "" && Number.isFinite(Number(text))) return Number(text);
  if (typeof row.was === "boolean" && (text === "true" || text === "false")) return text === "true";
  return text;
}

/**
 * What is known about the contact beyond its addresses (what processes extracted, what a lead
 * brought), shown in the contact panel and edited there: change, add, remove.
 */
export function ContactAttributes({ contact }: { contact: ContactJson }) {
  const [rows, setRows] = useState<Row[] | null>(null);
  const update = useUpdateContactAttributes(contact._id);
  // By name (PostgreSQL keeps a JSON object's keys shortest first).
  const entries = Object.entries(contact.attributes).sort(([a], [b]) => a.localeCompare(b));
  const save = useSubmit(async (edited: Row[]) => {
    const kept = edited.filter((row) => row.name.trim() && row.value.trim());
    const change: Record<string, Value | null> = Object.fromEntries(kept.map((row) => [row.name.trim(), typed(row)]));
    for (const [name] of entries) if (!(name in change)) change[name] = null;
    await update.mutateAsync(change);
    setRows(null);
  });

  if (!rows) {
    return (
      <section aria-labelledby="attributes-heading">
        <div className="mb-1 flex items-center justify-between">
          <h3 id="attributes-heading" className="text-sm font-medium text-slate-800">
            Known about them
          </h3>
          <Button
            size="sm"
            variant="ghost"
            aria-label="Edit what is known about them"
            onClick={() => setRows(entries.map(([name, value]) => ({ name, value: String(value), was: value })))}
          >
            Edit
          </Button>
        </div>
        {entries.length === 0 ? (
          <p className="text-xs text-slate-600">Nothing yet: a process extracts fields here, or add your own.</p>
        ) : (
          <dl className="grid grid-cols-[minmax(5rem,auto)_1fr] gap-x-3 gap-y-1 text-sm">
            {entries.map(([name, value]) => (
              <div key={name} className="contents">
                <dt className="truncate text-slate-600">{name}</dt>
                <dd className="truncate text-slate-900">{String(value)}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
    );
  }
  const setRow = (index: number, change: Partial<Row>) =>
    setRows((all) => all?.map((row, i) => (i === index ? { ...row, ...change } : row)) ?? null);
  return (
    <form
      aria-label="What is known about them"
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        void save.run(rows);
      }}
    >
      <h3 className="text-sm font-medium text-slate-800">Known about them</h3>
      {rows.map((row, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no id of their own
        <div key={index} className="flex items-center gap-1">
          <input
            aria-label={`Attribute ${index + 1} name`}
            value={row.name}
            onChange={(e) => setRow(index, { name: e.target.value })}
            placeholder="name"
            className="w-24 min-w-0 rounded-md border border-slate-300 px-2 py-1 text-sm"
          />
          <input
            aria-label={`Attribute ${index + 1} value`}
            value={row.value}
            onChange={(e) => setRow(index, { value: e.target.value })}
            placeholder="value"
            className="min-w-0 flex-1 rounded-md border border-slate-300 px-2 py-1 text-sm"
          />
          <Button
            size="sm"
            variant="ghost"
            aria-label={`Remove ${row.name || `attribute ${index + 1}`}`}
            onClick={() => setRows((all) => all?.filter((_, i) => i !== index) ?? null)}
          >
            ×
          </Button>
        </div>
      ))}
      {Object.entries(save.fieldErrors).map(([path, message]) => (
        <p key={path} className="text-sm text-red-800">
          {path.replace(/^attributes\.?/, "") || "attributes"}: {message}
        </p>
      ))}
      <FormError message={save.error} />
      <div className="flex flex-wrap gap-1">
        <Button size="sm" onClick={() => setRows((all) => [...(all ?? []), { name: "", value: "" }])}>
          Add
        </Button>
        <SubmitButton size="sm" variant="primary" disabled={save.pending}>
          Save
        </SubmitButton>
        <Button size="sm" variant="ghost" onClick={() => setRows(null)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
