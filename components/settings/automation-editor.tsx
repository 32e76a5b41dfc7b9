"use client";
import { useMemo, useState } from "react";
import { toast } from "sonner";
import { BusinessHoursEditor } from "@/components/ui/business-hours-fields";
import { Button, SubmitButton } from "@/components/ui/button";
import { channelLabels } from "@/components/ui/channel-icon";
import { CheckboxField, Field, FormError, TextAreaField } from "@/components/ui/field";
import { ShownOnce } from "@/components/ui/shown-once";
import { useSubmit } from "@/components/ui/use-submit";
import type { ProcessField } from "@/lib/ai/schemas";
import { describeRule, type Names } from "@/lib/automations/evaluate";
import type { AutomationJson, TryResult } from "@/lib/automations/rules";
import {
  type Action,
  type AutomationEvent,
  type AutomationInput,
  automationEvents,
  type Condition,
  eventNames,
  isTimed,
} from "@/lib/automations/schemas";
import { weekdays9to5 } from "@/lib/automations/templates";
import { channelTypes } from "@/lib/channel-types";
import { useProcesses } from "@/lib/queries/use-ai";
import {
  tryAutomation,
  useCreateAutomation,
  useRecentConversations,
  useUpdateAutomation,
} from "@/lib/queries/use-automations";
import { useLabels } from "@/lib/queries/use-labels";
import { useUsers } from "@/lib/queries/use-users";

// The rule editor: an event, conditions and actions picked from lists (no code, no JSON), the rule
// in plain words as it is built, and Try it on a real conversation, changing nothing.

export type Draft = Omit<AutomationInput, "delaySeconds"> & { delaySeconds: number | null };

const select = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

const conditionKinds = {
  channel: "Channel",
  text: "Message text",
  attribute: "Contact field",
  assignee: "Assignee",
  autopilot: "Autopilot",
  label: "Label",
  business_hours: "Business hours",
} as const;

function newCondition(field: keyof typeof conditionKinds): Condition {
  switch (field) {
    case "channel":
      return { field, operator: "is", value: ["sms"] };
    case "text":
      return { field, operator: "contains", value: "" };
    case "attribute":
      return { field, name: "", operator: "is", value: "" };
    case "assignee":
      return { field, operator: "none" };
    case "autopilot":
      return { field, operator: "on" };
    case "label":
      return { field, operator: "has", labelId: "" };
    case "business_hours":
      return { field, operator: "outside", hours: weekdays9to5 };
  }
}

const actionKinds = {
  assign_person: "Assign to a person",
  assign_round_robin: "Assign in turn",
  assign_least_busy: "Assign to the least busy",
  reply: "Reply with a template",
  resolve: "Resolve",
  label: "Add a label",
  autopilot_on: "Turn the autopilot on",
  autopilot_off: "Turn the autopilot off",
  extract: "Extract fields with the model",
  webhook: "Call a webhook",
} as const;
type ActionKind = keyof typeof actionKinds;

const kindOf = (action: Action): ActionKind => (action.type === "assign" ? `assign_${action.mode}` : action.type);

function newAction(kind: ActionKind): Action {
  switch (kind) {
    case "assign_person":
      return { type: "assign", mode: "person", userId: "" };
    case "assign_round_robin":
      return { type: "assign", mode: "round_robin", userIds: [] };
    case "assign_least_busy":
      return { type: "assign", mode: "least_busy", userIds: [] };
    case "reply":
      return { type: "reply", template: "" };
    case "extract":
      return { type: "extract", fields: [{ name: "", type: "text", description: "" }] };
    case "webhook":
      return { type: "webhook", url: "" };
    case "autopilot_on":
      return { type: "autopilot_on", processId: "" };
    case "label":
      return { type: "label", labelId: "" };
    default:
      return { type: kind };
  }
}

const units = [
  { label: "minutes", seconds: 60 },
  { label: "hours", seconds: 3600 },
  { label: "days", seconds: 86_400 },
];

export function AutomationEditor({
  automation,
  start,
  onDone,
}: {
  /** The rule being changed; none for a new one. */
  automation?: AutomationJson;
  /** What a new rule starts as (a template, a copy). */
  start: Draft;
  onDone: () => void;
}) {
  const users = useUsers();
  const processes = useProcesses();
  const labels = useLabels();
  const create = useCreateAutomation();
  const update = useUpdateAutomation();
  const [draft, setDraft] = useState<Draft>(start);
  const [secret, setSecret] = useState<string | null>(null);
  const initialUnit = [...units].reverse().find((unit) => (start.delaySeconds ?? 0) % unit.seconds === 0) ?? units[0];
  const [unit, setUnit] = useState(initialUnit?.seconds ?? 60);
  const names: Names = useMemo(() => {
    const people = new Map((users.data ?? []).map((u) => [u._id, u.fullName]));
    const known = new Map((processes.data ?? []).map((p) => [p._id, p.name]));
    const labelNames = new Map((labels.data ?? []).map((l) => [l._id, l.name]));
    return {
      user: (id) => people.get(id) ?? (id ? "someone no longer here" : "(choose a person)"),
      process: (id) => known.get(id) ?? (id ? "a deleted process" : "(choose a process)"),
      label: (id) => labelNames.get(id) ?? (id ? "a deleted label" : "(choose a label)"),
    };
  }, [users.data, processes.data, labels.data]);
  const active = (users.data ?? []).filter((u) => u.active);
  const timed = isTimed(draft.event);

  const save = useSubmit(async () => {
    const input = { ...draft, name: draft.name.trim(), delaySeconds: timed ? draft.delaySeconds : null };
    const saved = automation
      ? await update.mutateAsync({ id: automation._id, ...input })
      : await create.mutateAsync(input);
    toast.success(automation ? "Automation saved" : "Automation added");
    if (saved.webhookSecret) setSecret(saved.webhookSecret);
    else onDone();
  });
  const error = (path: string) => save.fieldErrors[path];
  const setCondition = (index: number, condition: Condition) =>
    setDraft((d) => ({ ...d, conditions: d.conditions.map((c, i) => (i === index ? condition : c)) }));
  const setAction = (index: number, action: Action) =>
    setDraft((d) => ({ ...d, actions: d.actions.map((a, i) => (i === index ? action : a)) }));

  if (secret) {
    return (
      <ShownOnce
        title="This rule signs its webhook calls with this secret (Standard Webhooks). Copy it into the receiver now: it is not shown again."
        value={secret}
        label="Webhook signing secret"
        onDismiss={onDone}
      />
    );
  }

  return (
    <form
      aria-label={automation ? `Edit ${automation.name}` : "New automation"}
      className="space-y-5 rounded-lg border border-blue-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        void save.run(undefined);
      }}
    >
      <div className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-end">
        <Field
          label="Name"
          value={draft.name}
          onChange={(e) => setDraft((d) => ({ ...d, name: e.target.value }))}
          required
          maxLength={100}
          placeholder="Price questions to Sam"
          hint="Shown on the stamp each firing leaves in the thread."
          error={error("name")}
        />
        <CheckboxField
          label="Enabled"
          checked={draft.enabled}
          onChange={(e) => setDraft((d) => ({ ...d, enabled: e.target.checked }))}
        />
      </div>

      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold text-slate-900">When</legend>
        <div className="flex flex-wrap items-center gap-2">
          <label htmlFor="automation-event" className="sr-only">
            Event
          </label>
          <select
            id="automation-event"
            className={select}
            value={draft.event}
            onChange={(e) => {
              const event = e.target.value as AutomationEvent;
              setDraft((d) => ({ ...d, event, delaySeconds: isTimed(event) ? (d.delaySeconds ?? 30 * 60) : null }));
            }}
          >
            {eventNames.map((event) => (
              <option key={event} value={event}>
                {automationEvents[event][0]?.toUpperCase()}
                {automationEvents[event].slice(1)}
                {isTimed(event) ? " for…" : ""}
              </option>
            ))}
          </select>
          {timed && (
            <>
              <label htmlFor="automation-delay" className="sr-only">
                How long
              </label>
              <input
                id="automation-delay"
                type="number"
                min={1}
                className={`${select} w-20`}
                value={draft.delaySeconds ? Math.max(1, Math.round(draft.delaySeconds / unit)) : ""}
                onChange={(e) => setDraft((d) => ({ ...d, delaySeconds: Number(e.target.value) * unit || null }))}
              />
              <label htmlFor="automation-unit" className="sr-only">
                Unit
              </label>
              <select
                id="automation-unit"
                className={select}
                value={unit}
                onChange={(e) => {
                  const next = Number(e.target.value);
                  setDraft((d) => ({
                    ...d,
                    delaySeconds: d.delaySeconds ? Math.max(1, Math.round(d.delaySeconds / unit)) * next : null,
                  }));
                  setUnit(next);
                }}
              >
                {units.map((u) => (
                  <option key={u.label} value={u.seconds}>
                    {u.label}
                  </option>
                ))}
              </select>
            </>
          )}
        </div>
        {timed && (
          <p className="text-xs text-slate-600">
            {draft.event === "time.no_reply_from_us"
              ? "Counted from the contact's first unanswered message; a reply from a person or the autopilot stops the clock."
              : "Counted from our last message; any message from the contact stops the clock."}
          </p>
        )}
        {error("delaySeconds") && <p className="text-sm text-red-800">{error("delaySeconds")}</p>}
      </fieldset>

      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold text-slate-900">Only if</legend>
        {draft.conditions.length > 1 && (
          <div className="flex items-center gap-2 text-sm text-slate-700">
            <label htmlFor="automation-match">Conditions that must hold:</label>
            <select
              id="automation-match"
              className={select}
              value={draft.match}
              onChange={(e) => setDraft((d) => ({ ...d, match: e.target.value as "all" | "any" }))}
            >
              <option value="all">all of them</option>
              <option value="any">any of them</option>
            </select>
          </div>
        )}
        {draft.conditions.length === 0 && <p className="text-sm text-slate-600">Always (no conditions).</p>}
        <ol className="space-y-2">
          {draft.conditions.map((condition, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no id of their own
            <li key={index} className="rounded-md border border-slate-200 p-2">
              <ConditionRow
                index={index}
                condition={condition}
                people={active}
                labels={labels.data ?? []}
                onChange={(next) => setCondition(index, next)}
                onRemove={() => setDraft((d) => ({ ...d, conditions: d.conditions.filter((_, i) => i !== index) }))}
              />
              <RowErrors errors={save.fieldErrors} prefix={`conditions.${index}`} />
            </li>
          ))}
        </ol>
        <AddMenu
          label="Add a condition"
          options={conditionKinds}
          onAdd={(field) => setDraft((d) => ({ ...d, conditions: [...d.conditions, newCondition(field)] }))}
        />
      </fieldset>

      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold text-slate-900">Then</legend>
        <ol className="space-y-2">
          {draft.actions.map((action, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no id of their own
            <li key={index} className="rounded-md border border-slate-200 p-2">
              <ActionRow
                index={index}
                action={action}
                people={active}
                processes={processes.data ?? []}
                labels={labels.data ?? []}
                onChange={(next) => setAction(index, next)}
                onRemove={() => setDraft((d) => ({ ...d, actions: d.actions.filter((_, i) => i !== index) }))}
              />
              <RowErrors errors={save.fieldErrors} prefix={`actions.${index}`} />
            </li>
          ))}
        </ol>
        {error("actions") && <p className="text-sm text-red-800">{error("actions")}</p>}
        <AddMenu
          label="Add an action"
          options={actionKinds}
          onAdd={(kind) => setDraft((d) => ({ ...d, actions: [...d.actions, newAction(kind)] }))}
        />
      </fieldset>

      <section aria-label="What it will do" className="rounded-md bg-slate-50 p-3 text-sm text-slate-800">
        <h3 className="text-xs font-semibold tracking-wide text-slate-600 uppercase">What it will do</h3>
        <p className="mt-1" data-testid="rule-summary">
          {describeRule(draft, names)}
        </p>
      </section>

      <TryIt draft={draft} />

      <FormError message={save.error} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton variant="primary" disabled={save.pending}>
          {save.pending ? "Saving…" : automation ? "Save automation" : "Add automation"}
        </SubmitButton>
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

/** The server's errors under one row (its fields' paths), in words. */
function RowErrors({ errors, prefix }: { errors: Record<string, string>; prefix: string }) {
  const mine = Object.entries(errors).filter(([path]) => path === prefix || path.startsWith(`${prefix}.`));
  if (mine.length === 0) return null;
  return (
    <ul className="mt-1 text-sm text-red-800">
      {mine.map(([path, message]) => (
        <li key={path}>{message}</li>
      ))}
    </ul>
  );
}

function AddMenu<Kind extends string>({
  label,
  options,
  onAdd,
}: {
  label: string;
  options: Record<Kind, string>;
  onAdd: (kind: Kind) => void;
}) {
  return (
    <select
      aria-label={label}
      className={`${select} text-blue-800`}
      value=""
      onChange={(e) => {
        if (e.target.value) onAdd(e.target.value as Kind);
      }}
    >
      <option value="">+ {label}…</option>
      {(Object.keys(options) as Kind[]).map((kind) => (
        <option key={kind} value={kind}>
          {options[kind]}
        </option>
      ))}
    </select>
  );
}

type Person = { _id: string; fullName: string };

function PersonSelect({
  label,
  value,
  people,
  onChange,
}: {
  label: string;
  value: string;
  people: Person[];
  onChange: (id: string) => void;
}) {
  return (
    <select aria-label={label} className={select} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">Choose a person…</option>
      {people.map((person) => (
        <option key={person._id} value={person._id}>
          {person.fullName}
        </option>
      ))}
    </select>
  );
}

type NamedLabel = { _id: string; name: string };

function LabelSelect({
  label,
  value,
  labels,
  onChange,
}: {
  label: string;
  value: string;
  labels: NamedLabel[];
  onChange: (id: string) => void;
}) {
  return (
    <select aria-label={label} className={select} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{labels.length ? "Choose a label…" : "No labels yet (Settings → Labels)"}</option>
      {labels.map((item) => (
        <option key={item._id} value={item._id}>
          {item.name}
        </option>
      ))}
    </select>
  );
}

function RemoveButton({ label, onRemove }: { label: string; onRemove: () => void }) {
  return (
    <Button size="sm" variant="ghost" aria-label={label} onClick={onRemove} className="ml-auto">
      Remove
    </Button>
  );
}

function ConditionRow({
  index,
  condition,
  people,
  labels,
  onChange,
  onRemove,
}: {
  index: number;
  condition: Condition;
  people: Person[];
  labels: NamedLabel[];
  onChange: (condition: Condition) => void;
  onRemove: () => void;
}) {
  const n = index + 1;
  const operator = (options: Record<string, string>, value: string, change: (value: string) => void) => (
    <select
      aria-label={`Condition ${n} test`}
      className={select}
      value={value}
      onChange={(e) => change(e.target.value)}
    >
      {Object.entries(options).map(([key, words]) => (
        <option key={key} value={key}>
          {words}
        </option>
      ))}
    </select>
  );
  const body = (() => {
    switch (condition.field) {
      case "channel":
        return (
          <>
            {operator({ is: "is", is_not: "is not" }, condition.operator, (v) =>
              onChange({ ...condition, operator: v as "is" }),
            )}
            <span className="flex flex-wrap gap-2">
              {channelTypes.map((channel) => (
                <label key={channel} className="flex items-center gap-1 text-sm">
                  <input
                    type="checkbox"
                    checked={condition.value.includes(channel)}
                    onChange={(e) =>
                      onChange({
                        ...condition,
                        value: e.target.checked
                          ? [...condition.value, channel]
                          : condition.value.filter((c) => c !== channel),
                      })
                    }
                  />
                  {channelLabels[channel]}
                </label>
              ))}
            </span>
          </>
        );
      case "text":
        return (
          <>
            {operator(
              { contains: "contains", not_contains: "does not contain", matches: "matches the pattern" },
              condition.operator,
              (v) => onChange({ ...condition, operator: v as "contains" }),
            )}
            <input
              aria-label={`Condition ${n} text`}
              className={`${select} min-w-40 flex-1`}
              value={condition.value}
              maxLength={200}
              placeholder={condition.operator === "matches" ? "\\b(refund|cancel)\\b" : "price"}
              onChange={(e) => onChange({ ...condition, value: e.target.value })}
            />
          </>
        );
      case "attribute":
        return (
          <>
            <input
              aria-label={`Condition ${n} field name`}
              className={`${select} w-32`}
              value={condition.name}
              placeholder="plan"
              onChange={(e) => onChange({ ...condition, name: e.target.value })}
            />
            {operator(
              { is: "is", is_not: "is not", contains: "contains", is_set: "is known", is_not_set: "is not known" },
              condition.operator,
              (v) => onChange({ ...condition, operator: v as "is" }),
            )}
            {(condition.operator === "is" || condition.operator === "is_not" || condition.operator === "contains") && (
              <input
                aria-label={`Condition ${n} value`}
                className={`${select} min-w-32 flex-1`}
                value={condition.value}
                onChange={(e) => onChange({ ...condition, value: e.target.value })}
              />
            )}
          </>
        );
      case "assignee":
        return (
          <>
            {operator({ none: "is no one", is: "is", is_not: "is not" }, condition.operator, (v) =>
              onChange(
                v === "none"
                  ? { field: "assignee", operator: "none" }
                  : { field: "assignee", operator: v as "is", userId: "userId" in condition ? condition.userId : "" },
              ),
            )}
            {condition.operator !== "none" && (
              <PersonSelect
                label={`Condition ${n} person`}
                value={condition.userId}
                people={people}
                onChange={(userId) => onChange({ ...condition, userId })}
              />
            )}
          </>
        );
      case "autopilot":
        return operator({ on: "is on", off: "is off" }, condition.operator, (v) =>
          onChange({ ...condition, operator: v as "on" }),
        );
      case "label":
        return (
          <>
            {operator({ has: "is on it", has_not: "is not on it" }, condition.operator, (v) =>
              onChange({ ...condition, operator: v as "has" }),
            )}
            <LabelSelect
              label={`Condition ${n} label`}
              value={condition.labelId}
              labels={labels}
              onChange={(labelId) => onChange({ ...condition, labelId })}
            />
          </>
        );
      case "business_hours":
        return (
          <div className="w-full space-y-2">
            {operator(
              { outside: "it is outside these hours", inside: "it is within these hours" },
              condition.operator,
              (v) => onChange({ ...condition, operator: v as "inside" }),
            )}
            <BusinessHoursEditor
              label={`Condition ${n} hours`}
              value={condition.hours}
              onChange={(hours) => onChange({ ...condition, hours })}
            />
            <p className="text-xs text-slate-600">In the organization&apos;s time zone.</p>
          </div>
        );
    }
  })();
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span className="text-sm font-medium text-slate-800">{conditionKinds[condition.field]}</span>
      {body}
      <RemoveButton label={`Remove condition ${n}`} onRemove={onRemove} />
    </div>
  );
}

function ActionRow({
  index,
  action,
  people,
  processes,
  labels,
  onChange,
  onRemove,
}: {
  index: number;
  action: Action;
  people: Person[];
  processes: { _id: string; name: string }[];
  labels: NamedLabel[];
  onChange: (action: Action) => void;
  onRemove: () => void;
}) {
  const n = index + 1;
  const body = (() => {
    switch (action.type) {
      case "assign":
        if (action.mode === "person")
          return (
            <PersonSelect
              label={`Action ${n} person`}
              value={action.userId}
              people={people}
              onChange={(userId) => onChange({ ...action, userId })}
            />
          );
        return (
          <fieldset className="w-full">
            <legend className="text-xs text-slate-600">Among (none ticked: every active agent)</legend>
            <span className="flex flex-wrap gap-x-3 gap-y-1">
              {people.map((person) => (
                <label key={person._id} className="flex items-center gap-1 text-sm">
                  <input
                    type="checkbox"
                    checked={action.userIds.includes(person._id)}
                    onChange={(e) =>
                      onChange({
                        ...action,
                        userIds: e.target.checked
                          ? [...action.userIds, person._id]
                          : action.userIds.filter((id) => id !== person._id),
                      })
                    }
                  />
                  {person.fullName}
                </label>
              ))}
            </span>
          </fieldset>
        );
      case "reply":
        return (
          <div className="w-full">
            <TextAreaField
              label={`Action ${n} message`}
              hideLabel
              rows={3}
              maxLength={1600}
              value={action.template}
              placeholder="Hi {{contact.firstName|there}}, thanks for writing! We answer within the hour."
              hint="{{contact.firstName}}, {{contact.name}}, any contact field; after | what to say when it is unknown. Sent to the contact, on their channel."
              onChange={(e) => onChange({ ...action, template: e.target.value })}
            />
          </div>
        );
      case "label":
        return (
          <LabelSelect
            label={`Action ${n} label`}
            value={action.labelId}
            labels={labels}
            onChange={(labelId) => onChange({ ...action, labelId })}
          />
        );
      case "autopilot_on":
        return (
          <select
            aria-label={`Action ${n} process`}
            className={select}
            value={action.processId}
            onChange={(e) => onChange({ ...action, processId: e.target.value })}
          >
            <option value="">Choose a process…</option>
            {processes.map((process) => (
              <option key={process._id} value={process._id}>
                {process.name}
              </option>
            ))}
          </select>
        );
      case "extract":
        return <ExtractFields n={n} fields={action.fields} onChange={(fields) => onChange({ ...action, fields })} />;
      case "webhook":
        return (
          <div className="min-w-60 flex-1">
            <Field
              label={`Action ${n} URL`}
              hideLabel
              type="url"
              value={action.url}
              placeholder="https://crm.example.com/hooks/inbox"
              hint="A POST with the conversation as JSON, signed (Standard Webhooks). The secret is shown once, when you save."
              onChange={(e) => onChange({ ...action, url: e.target.value })}
            />
          </div>
        );
      default:
        return null;
    }
  })();
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span className="text-sm font-medium text-slate-800">{actionKinds[kindOf(action)]}</span>
      {body}
      <RemoveButton label={`Remove action ${n}`} onRemove={onRemove} />
    </div>
  );
}

function ExtractFields({
  n,
  fields,
  onChange,
}: {
  n: number;
  fields: ProcessField[];
  onChange: (fields: ProcessField[]) => void;
}) {
  const set = (index: number, change: Partial<ProcessField>) =>
    onChange(fields.map((field, i) => (i === index ? { ...field, ...change } : field)));
  return (
    <div className="w-full space-y-1">
      {fields.map((field, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no id of their own
        <div key={index} className="flex flex-wrap items-center gap-2">
          <input
            aria-label={`Action ${n} field ${index + 1} name`}
            className={`${select} w-32`}
            placeholder="firstName"
            value={field.name}
            onChange={(e) => set(index, { name: e.target.value })}
          />
          <input
            aria-label={`Action ${n} field ${index + 1} description`}
            className={`${select} min-w-40 flex-1`}
            placeholder="The contact's first name"
            value={field.description}
            onChange={(e) => set(index, { description: e.target.value })}
          />
          {fields.length > 1 && (
            <Button size="sm" variant="ghost" onClick={() => onChange(fields.filter((_, i) => i !== index))}>
              Remove field
            </Button>
          )}
        </div>
      ))}
      <Button size="sm" onClick={() => onChange([...fields, { name: "", type: "text", description: "" }])}>
        Add a field
      </Button>
    </div>
  );
}

/** Try it: the rule as it stands, on one of the organization's newest conversations. */
function TryIt({ draft }: { draft: Draft }) {
  const conversations = useRecentConversations();
  const [conversationId, setConversationId] = useState("");
  const [result, setResult] = useState<TryResult | null>(null);
  const run = useSubmit(async () => {
    const { name: _name, enabled: _enabled, ...rule } = draft;
    setResult(
      await tryAutomation(conversationId, { ...rule, delaySeconds: isTimed(rule.event) ? rule.delaySeconds : null }),
    );
  });
  const rows = conversations.data?.conversations ?? [];
  return (
    <section aria-label="Try it" className="space-y-2 rounded-md border border-dashed border-slate-300 p-3">
      <h3 className="text-sm font-semibold text-slate-900">Try it</h3>
      <p className="text-xs text-slate-600">See what it would do on a conversation now. Nothing is changed or sent.</p>
      <div className="flex flex-wrap items-center gap-2">
        <select
          aria-label="Conversation to try it on"
          className={`${select} max-w-full min-w-0 flex-1`}
          value={conversationId}
          onChange={(e) => {
            setConversationId(e.target.value);
            setResult(null);
          }}
        >
          <option value="">{conversations.isLoading ? "Loading conversations…" : "Choose a conversation…"}</option>
          {rows.map((row) => (
            <option key={row._id} value={row._id}>
              {row.contact.fullName} · {channelLabels[row.channelType as keyof typeof channelLabels] ?? row.channelType}
              {row.preview?.body ? ` · “${row.preview.body.slice(0, 40)}”` : ""}
            </option>
          ))}
        </select>
        <Button disabled={!conversationId || run.pending} onClick={() => void run.run(undefined)}>
          {run.pending ? "Trying…" : "Try it"}
        </Button>
      </div>
      {conversations.isError && <p className="text-sm text-red-800">Could not load conversations to try it on.</p>}
      <FormError message={run.error ?? Object.values(run.fieldErrors)[0]} />
      {result && (
        <div role="status" className="space-y-1 text-sm">
          <p className={result.matched ? "font-medium text-emerald-800" : "font-medium text-slate-800"}>
            {result.matched ? "It would fire, and:" : "It would not fire on this conversation now."}
          </p>
          {result.conditions.length > 0 && (
            <ul className="space-y-0.5">
              {result.conditions.map((condition) => (
                <li key={condition.description} className={condition.met ? "text-emerald-800" : "text-slate-600"}>
                  <span aria-hidden>{condition.met ? "✓ " : "✗ "}</span>
                  <span className="sr-only">{condition.met ? "Holds: " : "Does not hold: "}</span>
                  {condition.description}
                </li>
              ))}
            </ul>
          )}
          {result.matched && (
            <ul className="list-disc pl-5 text-slate-800">
              {result.actions.map((action) => (
                <li key={action}>{action}</li>
              ))}
            </ul>
          )}
          {result.note && <p className="text-xs text-slate-600">{result.note}</p>}
        </div>
      )}
    </section>
  );
}
