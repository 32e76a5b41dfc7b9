"use client";
import { useState } from "react";
import { toast } from "sonner";
import { BusinessHoursFields, businessHoursFrom } from "@/components/ui/business-hours-fields";
import { Button, SubmitButton } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { CheckboxField, Field, FormError, TextAreaField } from "@/components/ui/field";
import { failed } from "@/components/ui/notify";
import { EmptyState, QueryStates } from "@/components/ui/states";
import { useSubmit } from "@/components/ui/use-submit";
import type { ProcessJson } from "@/lib/ai/processes";
import { type FieldType, fieldTypes, type ProcessAction, type ProcessField } from "@/lib/ai/schemas";
import type { BusinessHours } from "@/lib/business-hours";
import {
  useCreateProcess,
  useDeleteProcess,
  useModelProvider,
  useProcesses,
  useUpdateProcess,
} from "@/lib/queries/use-ai";
import { useUsers } from "@/lib/queries/use-users";
import { LeadSources } from "./lead-sources";

const actionLabels: Record<ProcessAction, { label: string; hint: string }> = {
  reply: { label: "Reply", hint: "Send messages to the contact." },
  extract: { label: "Extract fields", hint: "Save what the contact says about themselves (the fields below)." },
  handoff: { label: "Hand off to a person", hint: "When the contact asks for one, or it cannot help." },
  resolve: { label: "Resolve", hint: "Mark the conversation done when nothing more is needed." },
};

/** Settings → Processes (managers and admins): the playbooks the autopilot follows. */
export function ProcessesView() {
  const processes = useProcesses();
  const provider = useModelProvider();
  const [editing, setEditing] = useState<string | "new" | null>(null);
  return (
    <main className="mx-auto h-full max-w-3xl space-y-6 overflow-y-auto p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h1 className="text-xl font-semibold text-slate-900">Processes</h1>
          <p className="mt-1 max-w-xl text-sm text-slate-600">
            A process is a playbook for the AI: what it is for, what to find out, what it may do. Turn the autopilot on
            in a thread with one, or ask it for a suggested reply.
          </p>
        </div>
        {editing !== "new" && (
          <Button variant="primary" onClick={() => setEditing("new")}>
            New process
          </Button>
        )}
      </div>
      {provider.isSuccess && !provider.data && (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          No model provider is set up yet: processes can be written now, and run once an admin adds one in Settings →
          AI.
        </p>
      )}
      {editing === "new" && <ProcessForm onDone={() => setEditing(null)} />}
      <QueryStates
        query={processes}
        loading="Loading processes"
        lines={3}
        isEmpty={processes.data?.length === 0 && editing !== "new"}
        empty={<EmptyState title="No processes yet" hint="Write one to let the AI answer, extract and hand off." />}
      />
      <ul className="space-y-3">
        {processes.data?.map((process) =>
          editing === process._id ? (
            <li key={process._id}>
              <ProcessForm process={process} onDone={() => setEditing(null)} />
            </li>
          ) : (
            <li key={process._id} className="rounded-lg border border-slate-200 bg-white p-4">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div className="min-w-0">
                  <h2 className="font-medium text-slate-900">{process.name}</h2>
                  <p className="mt-1 line-clamp-2 text-sm text-slate-600">{process.instructions}</p>
                  <p className="mt-2 text-xs text-slate-600">
                    {process.actions.map((action) => actionLabels[action].label).join(" · ")}
                    {process.fields.length > 0 && ` · extracts ${process.fields.map((f) => f.name).join(", ")}`}
                    {` · answers after ${process.replyDelaySeconds} s`}
                  </p>
                </div>
                <Button size="sm" onClick={() => setEditing(process._id)} aria-label={`Edit ${process.name}`}>
                  Edit
                </Button>
              </div>
            </li>
          ),
        )}
      </ul>
      <LeadSources />
    </main>
  );
}

function ProcessForm({ process, onDone }: { process?: ProcessJson; onDone: () => void }) {
  const users = useUsers();
  const create = useCreateProcess();
  const update = useUpdateProcess();
  const remove = useDeleteProcess();
  const [name, setName] = useState(process?.name ?? "");
  const [instructions, setInstructions] = useState(process?.instructions ?? "");
  const [model, setModel] = useState(process?.model ?? "");
  const [fields, setFields] = useState<ProcessField[]>(process?.fields ?? []);
  const [actions, setActions] = useState<ProcessAction[]>(process?.actions ?? ["reply", "extract", "handoff"]);
  const [delay, setDelay] = useState(String(process?.replyDelaySeconds ?? 45));
  const [keywords, setKeywords] = useState((process?.handoffKeywords ?? ["refund", "lawyer"]).join(", "));
  const [handoffUserId, setHandoffUserId] = useState(process?.handoffUserId ?? "");
  const [maxTurns, setMaxTurns] = useState(String(process?.maxTurns ?? 20));
  const [hoursMode, setHoursMode] = useState<"always" | "inside" | "outside">(process?.activeHours?.mode ?? "always");
  const save = useSubmit(async (hours: BusinessHours) => {
    const input = {
      name: name.trim(),
      instructions: instructions.trim(),
      model: model.trim() || null,
      fields,
      actions,
      replyDelaySeconds: Number(delay),
      handoffKeywords: keywords
        .split(",")
        .map((word) => word.trim())
        .filter(Boolean),
      handoffUserId: handoffUserId || null,
      maxTurns: Number(maxTurns),
      activeHours: hoursMode === "always" ? null : { mode: hoursMode, hours },
    };
    if (process) await update.mutateAsync({ id: process._id, ...input });
    else await create.mutateAsync(input);
    toast.success(process ? "Process saved" : "Process added");
    onDone();
  });
  const setField = (index: number, change: Partial<ProcessField>) =>
    setFields((all) => all.map((field, i) => (i === index ? { ...field, ...change } : field)));

  return (
    <form
      aria-label={process ? `Edit ${process.name}` : "New process"}
      className="space-y-4 rounded-lg border border-blue-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        void save.run(businessHoursFrom((name) => String(form.get(name) ?? "")));
      }}
    >
      <Field
        label="Name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        required
        maxLength={100}
        placeholder="Lead follow-up"
        error={save.fieldErrors.name}
      />
      <TextAreaField
        label="Instructions"
        value={instructions}
        onChange={(e) => setInstructions(e.target.value)}
        required
        rows={7}
        maxLength={20_000}
        placeholder="You book viewings for Acme Homes. Greet {{contact.firstName}}, ask which day suits them…"
        hint="What the AI is for and how it speaks. {{contact.firstName}}, {{contact.name}}, {{contact.email}}, {{contact.phone}} and any extracted field are filled in."
        error={save.fieldErrors.instructions}
      />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">It may</legend>
        {(Object.keys(actionLabels) as ProcessAction[]).map((action) => (
          <CheckboxField
            key={action}
            label={actionLabels[action].label}
            hint={actionLabels[action].hint}
            checked={actions.includes(action)}
            onChange={(e) =>
              setActions((all) => (e.target.checked ? [...all, action] : all.filter((a) => a !== action)))
            }
          />
        ))}
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">Fields to extract</legend>
        <p className="text-xs text-slate-600">Saved on the contact, shown in the contact panel.</p>
        {fields.map((field, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no id of their own
          <div key={index} className="flex flex-wrap items-end gap-2">
            <div className="w-36">
              <Field
                label={`Field ${index + 1} name`}
                value={field.name}
                onChange={(e) => setField(index, { name: e.target.value })}
                placeholder="firstName"
                error={save.fieldErrors[`fields.${index}.name`]}
              />
            </div>
            <label className="sr-only" htmlFor={`field-type-${index}`}>
              Field {index + 1} type
            </label>
            <select
              id={`field-type-${index}`}
              value={field.type}
              onChange={(e) => setField(index, { type: e.target.value as FieldType })}
              className="rounded-md border border-slate-300 px-2 py-2 text-sm"
            >
              {fieldTypes.map((type) => (
                <option key={type}>{type}</option>
              ))}
            </select>
            <div className="min-w-40 flex-1">
              <Field
                label={`Field ${index + 1} description`}
                value={field.description}
                onChange={(e) => setField(index, { description: e.target.value })}
                placeholder="The contact's first name"
              />
            </div>
            <Button
              size="sm"
              variant="ghost"
              aria-label={`Remove field ${field.name || index + 1}`}
              onClick={() => setFields((all) => all.filter((_, i) => i !== index))}
            >
              Remove
            </Button>
          </div>
        ))}
        <Button size="sm" onClick={() => setFields((all) => [...all, { name: "", type: "text", description: "" }])}>
          Add a field
        </Button>
        {save.fieldErrors.fields && <p className="text-sm text-red-800">{save.fieldErrors.fields}</p>}
      </fieldset>
      <fieldset className="space-y-2 rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-medium text-slate-800">When it answers</legend>
        <label htmlFor="hours-mode" className="sr-only">
          When it answers
        </label>
        <select
          id="hours-mode"
          value={hoursMode}
          onChange={(e) => setHoursMode(e.target.value as typeof hoursMode)}
          className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
        >
          <option value="always">At any time</option>
          <option value="outside">Only outside these hours (nights and weekends)</option>
          <option value="inside">Only during these hours</option>
        </select>
        {hoursMode !== "always" && <BusinessHoursFields current={process?.activeHours?.hours} />}
        <p className="text-xs text-slate-600">
          In the organization&apos;s time zone. At other times a contact&apos;s message waits for a person; the
          autopilot stays on.
        </p>
        {Object.entries(save.fieldErrors)
          .filter(([path]) => path.startsWith("activeHours"))
          .map(([path, message]) => (
            <p key={path} className="text-sm text-red-800">
              {message}
            </p>
          ))}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="Reply delay (seconds)"
          type="number"
          min={0}
          max={3600}
          value={delay}
          onChange={(e) => setDelay(e.target.value)}
          hint="Quiet time after the contact's last message: several quick messages get one answer."
          error={save.fieldErrors.replyDelaySeconds}
        />
        <Field
          label="Most AI replies per conversation"
          type="number"
          min={1}
          max={500}
          value={maxTurns}
          onChange={(e) => setMaxTurns(e.target.value)}
          hint="Then a person takes over."
          error={save.fieldErrors.maxTurns}
        />
        <Field
          label="Hand-off words"
          value={keywords}
          onChange={(e) => setKeywords(e.target.value)}
          placeholder="refund, lawyer"
          hint="Comma-separated. A contact's message with one goes to a person before the AI sees it."
          error={save.fieldErrors.handoffKeywords}
        />
        <div className="space-y-1">
          <label htmlFor="handoff-person" className="block text-sm font-medium text-slate-800">
            Hand off to
          </label>
          <select
            id="handoff-person"
            value={handoffUserId}
            onChange={(e) => setHandoffUserId(e.target.value)}
            className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
          >
            <option value="">Whoever holds it (no one is added)</option>
            {users.data
              ?.filter((user) => user.active || user._id === handoffUserId)
              .map((user) => (
                <option key={user._id} value={user._id}>
                  {user.fullName}
                </option>
              ))}
          </select>
          {save.fieldErrors.handoffUserId && <p className="text-sm text-red-800">{save.fieldErrors.handoffUserId}</p>}
        </div>
        <Field
          label="Model (optional)"
          value={model}
          onChange={(e) => setModel(e.target.value)}
          placeholder="The provider's model"
          hint="Another model of the same provider, for this process only."
          error={save.fieldErrors.model}
        />
      </div>
      <FormError message={save.error} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton variant="primary" disabled={save.pending || !name.trim() || !instructions.trim()}>
          {process ? "Save" : "Add process"}
        </SubmitButton>
        <Button onClick={onDone}>Cancel</Button>
        {process && (
          <span className="ml-auto">
            <ConfirmButton
              label="Delete"
              confirm={`Delete ${process.name}`}
              warning="Conversations on autopilot with it stop."
              onConfirm={() =>
                remove.mutate(process._id, { onSuccess: onDone, onError: failed("Could not delete it") })
              }
            />
          </span>
        )}
      </div>
    </form>
  );
}
