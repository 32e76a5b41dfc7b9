"use client";
import { useState } from "react";
import { toast } from "sonner";
import { Button, SubmitButton } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { CheckboxField, Field, FormError, TextAreaField } from "@/components/ui/field";
import { failed } from "@/components/ui/notify";
import { EmptyState, QueryStates } from "@/components/ui/states";
import { useSubmit } from "@/components/ui/use-submit";
import type { LeadSourceJson } from "@/lib/ai/leads";
import {
  useCreateLeadSource,
  useDeleteLeadSource,
  useLeadSources,
  useProcesses,
  useUpdateLeadSource,
} from "@/lib/queries/use-ai";

/**
 * Lead sources (managers and admins): where new leads come from, the process each follows and the
 * first message it is sent, with how a form or a CRM posts a lead.
 */
export function LeadSources() {
  const sources = useLeadSources();
  const processes = useProcesses();
  const [editing, setEditing] = useState<string | "new" | null>(null);
  const processName = (id: string | null) => processes.data?.find((p) => p._id === id)?.name ?? "no process";
  return (
    <section aria-labelledby="lead-sources-heading" className="space-y-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id="lead-sources-heading" className="text-lg font-semibold text-slate-900">
            Lead sources
          </h2>
          <p className="mt-1 max-w-xl text-sm text-slate-600">
            A form or a CRM posts each new lead; it gets its own SMS conversation, the source&apos;s first message at
            once, and the process for the replies.
          </p>
        </div>
        {editing !== "new" && <Button onClick={() => setEditing("new")}>New lead source</Button>}
      </div>
      {editing === "new" && <LeadSourceForm onDone={() => setEditing(null)} />}
      <QueryStates
        query={sources}
        loading="Loading lead sources"
        isEmpty={sources.data?.length === 0 && editing !== "new"}
        empty={<EmptyState title="No lead sources yet" hint="Add one to message new leads the moment they arrive." />}
      />
      <ul className="space-y-3">
        {sources.data?.map((source) =>
          editing === source._id ? (
            <li key={source._id}>
              <LeadSourceForm source={source} onDone={() => setEditing(null)} />
            </li>
          ) : (
            <li key={source._id} className="rounded-lg border border-slate-200 bg-white p-4">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div className="min-w-0">
                  <h3 className="font-medium text-slate-900">{source.name}</h3>
                  <p className="mt-1 text-sm text-slate-700">“{source.starterMessage}”</p>
                  <p className="mt-2 text-xs text-slate-600">
                    {processName(source.processId)} · autopilot {source.isAutopilot ? "on" : "off"} · id{" "}
                    <code className="font-mono">{source._id}</code>
                  </p>
                </div>
                <Button size="sm" onClick={() => setEditing(source._id)} aria-label={`Edit ${source.name}`}>
                  Edit
                </Button>
              </div>
            </li>
          ),
        )}
      </ul>
      {sources.data && sources.data.length > 0 && (
        <details className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <summary className="cursor-pointer font-medium text-slate-800">Posting a lead</summary>
          <p className="mt-2 text-slate-600">
            With the organization&apos;s inbound secret (the same as the inbound webhook&apos;s); the same
            Idempotency-Key twice makes one conversation and one message. Other fields become the contact&apos;s.
          </p>
          <pre className="mt-2 overflow-x-auto rounded bg-slate-900 p-3 font-mono text-xs text-slate-100">
            {`curl -X POST ${typeof window === "undefined" ? "" : window.location.origin}/api/webhooks/leads \\
  -H "Authorization: Bearer $INBOUND_SECRET" \\
  -H "Idempotency-Key: crm-lead-42" -H "Content-Type: application/json" \\
  -d '{"configurationId": "${sources.data[0]?._id}", "phoneNumber": "+15551234567",
       "firstName": "Rosa", "lastName": "Diaz", "listing": "12 Elm St"}'`}
          </pre>
        </details>
      )}
    </section>
  );
}

function LeadSourceForm({ source, onDone }: { source?: LeadSourceJson; onDone: () => void }) {
  const processes = useProcesses();
  const create = useCreateLeadSource();
  const update = useUpdateLeadSource();
  const remove = useDeleteLeadSource();
  const [name, setName] = useState(source?.name ?? "");
  const [processId, setProcessId] = useState(source?.processId ?? "");
  const [isAutopilot, setAutopilot] = useState(source?.isAutopilot ?? true);
  const [starterMessage, setStarter] = useState(source?.starterMessage ?? "");
  const save = useSubmit(async () => {
    const input = {
      name: name.trim(),
      processId: processId || null,
      isAutopilot,
      starterMessage: starterMessage.trim(),
    };
    if (source) await update.mutateAsync({ id: source._id, ...input });
    else await create.mutateAsync(input);
    toast.success(source ? "Lead source saved" : "Lead source added");
    onDone();
  });
  return (
    <form
      aria-label={source ? `Edit ${source.name}` : "New lead source"}
      className="space-y-4 rounded-lg border border-blue-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        void save.run(undefined);
      }}
    >
      <Field
        label="Source name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        required
        maxLength={100}
        placeholder="Website form"
        hint="Recorded on each conversation as its lead source."
        error={save.fieldErrors.name}
      />
      <div className="space-y-1">
        <label htmlFor="lead-process" className="block text-sm font-medium text-slate-800">
          Process for the replies
        </label>
        <select
          id="lead-process"
          value={processId}
          onChange={(e) => setProcessId(e.target.value)}
          className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
        >
          <option value="">None: people answer</option>
          {processes.data?.map((process) => (
            <option key={process._id} value={process._id}>
              {process.name}
            </option>
          ))}
        </select>
        {save.fieldErrors.processId && <p className="text-sm text-red-800">{save.fieldErrors.processId}</p>}
      </div>
      <CheckboxField
        label="Autopilot on"
        hint="The AI answers the lead's replies on its own; off, it waits for a person."
        checked={isAutopilot}
        disabled={!processId}
        onChange={(e) => setAutopilot(e.target.checked)}
      />
      <TextAreaField
        label="First message"
        value={starterMessage}
        onChange={(e) => setStarter(e.target.value)}
        required
        rows={3}
        maxLength={1600}
        placeholder="Hi {{contact.firstName}}, thanks for your interest! When is a good time to talk?"
        hint="Sent at once. {{contact.firstName}} and any field the lead was posted with are filled in."
        error={save.fieldErrors.starterMessage}
      />
      <FormError message={save.error} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton variant="primary" disabled={save.pending || !name.trim() || !starterMessage.trim()}>
          {source ? "Save" : "Add lead source"}
        </SubmitButton>
        <Button onClick={onDone}>Cancel</Button>
        {source && (
          <span className="ml-auto">
            <ConfirmButton
              label="Delete"
              confirm={`Delete ${source.name}`}
              warning="Leads posted for it are refused from then on."
              onConfirm={() => remove.mutate(source._id, { onSuccess: onDone, onError: failed("Could not delete it") })}
            />
          </span>
        )}
      </div>
    </form>
  );
}
