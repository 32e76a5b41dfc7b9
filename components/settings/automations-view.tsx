"use client";
import Link from "next/link";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { dateTime } from "@/components/ui/format";
import { failed } from "@/components/ui/notify";
import { ShownOnce } from "@/components/ui/shown-once";
import { EmptyState, QueryStates } from "@/components/ui/states";
import { Switch } from "@/components/ui/switch";
import type { AutomationJson } from "@/lib/automations/rules";
import { automationTemplates } from "@/lib/automations/templates";
import {
  useAutomationRuns,
  useAutomations,
  useDeleteAutomation,
  useRotateWebhookSecret,
  useUpdateAutomation,
} from "@/lib/queries/use-automations";
import { AutomationEditor, type Draft } from "./automation-editor";

const blank: Draft = {
  name: "",
  enabled: true,
  event: "message.received",
  delaySeconds: null,
  match: "all",
  conditions: [],
  actions: [{ type: "resolve" }],
};

const draftOf = (automation: AutomationJson, name = automation.name): Draft => ({
  name,
  enabled: automation.enabled,
  event: automation.event,
  delaySeconds: automation.delaySeconds,
  match: automation.match,
  conditions: automation.conditions,
  actions: automation.actions,
});

/** Settings → Automations (managers and admins): rules that act on conversations by themselves. */
export function AutomationsView() {
  const automations = useAutomations();
  // What the editor shows: a rule being changed, or a new one from a template or a copy.
  const [editing, setEditing] = useState<{ id?: string; start: Draft } | null>(null);
  const [choosing, setChoosing] = useState(false);
  const list = automations.data ?? [];
  const startNew = (start: Draft) => {
    setChoosing(false);
    setEditing({ start });
  };
  return (
    <main className="mx-auto h-full max-w-3xl space-y-6 overflow-y-auto p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h1 className="text-xl font-semibold text-slate-900">Automations</h1>
          <p className="mt-1 max-w-xl text-sm text-slate-600">
            Rules that act on conversations by themselves: when something happens (or a contact has waited too long),
            and the conditions hold, they assign, reply, resolve or hand over. Each firing leaves a stamp in the thread.
          </p>
        </div>
        {!editing && !choosing && (
          <Button variant="primary" onClick={() => setChoosing(true)}>
            New automation
          </Button>
        )}
      </div>

      {choosing && (
        <section aria-label="Start from" className="space-y-2 rounded-lg border border-blue-200 bg-white p-4">
          <div className="flex items-center justify-between">
            <h2 className="font-medium text-slate-900">Start from</h2>
            <Button size="sm" variant="ghost" onClick={() => setChoosing(false)}>
              Cancel
            </Button>
          </div>
          <ul className="grid gap-2 sm:grid-cols-2">
            <li>
              <TemplateCard
                title="A blank rule"
                hint="Pick the event, the conditions and the actions yourself."
                onPick={() => startNew(blank)}
              />
            </li>
            {automationTemplates.map((template) => (
              <li key={template.id}>
                <TemplateCard
                  title={template.title}
                  hint={template.hint}
                  onPick={() => startNew({ ...template.rule, delaySeconds: template.rule.delaySeconds ?? null })}
                />
              </li>
            ))}
          </ul>
        </section>
      )}

      {editing && !editing.id && <AutomationEditor start={editing.start} onDone={() => setEditing(null)} />}

      <QueryStates
        query={automations}
        loading="Loading automations"
        lines={3}
        isEmpty={list.length === 0 && !editing && !choosing}
        empty={
          <EmptyState
            title="No automations yet"
            hint="Start from a template: a first reply after hours, new SMS to agents in turn, a reminder when a contact waits."
          />
        }
      />
      <ul className="space-y-3">
        {list.map((automation) =>
          editing?.id === automation._id ? (
            <li key={automation._id}>
              <AutomationEditor automation={automation} start={editing.start} onDone={() => setEditing(null)} />
            </li>
          ) : (
            <li key={automation._id}>
              <AutomationCard
                automation={automation}
                onEdit={() => setEditing({ id: automation._id, start: draftOf(automation) })}
                onDuplicate={() => {
                  setChoosing(false);
                  setEditing({ start: draftOf(automation, `${automation.name} (copy)`.slice(0, 100)) });
                }}
              />
            </li>
          ),
        )}
      </ul>
    </main>
  );
}

function TemplateCard({ title, hint, onPick }: { title: string; hint: string; onPick: () => void }) {
  return (
    <button
      type="button"
      onClick={onPick}
      className="h-full w-full rounded-md border border-slate-200 p-3 text-left hover:border-blue-400 hover:bg-blue-50 focus-visible:outline-2 focus-visible:outline-blue-600"
    >
      <span className="block text-sm font-medium text-slate-900">{title}</span>
      <span className="mt-0.5 block text-xs text-slate-600">{hint}</span>
    </button>
  );
}

function AutomationCard({
  automation,
  onEdit,
  onDuplicate,
}: {
  automation: AutomationJson;
  onEdit: () => void;
  onDuplicate: () => void;
}) {
  const update = useUpdateAutomation();
  const remove = useDeleteAutomation();
  const rotate = useRotateWebhookSecret();
  const [showRuns, setShowRuns] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const hasWebhook = automation.actions.some((action) => action.type === "webhook");
  return (
    <article
      aria-label={automation.name}
      className={`rounded-lg border bg-white p-4 ${automation.enabled ? "border-slate-200" : "border-dashed border-slate-300"}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0 flex-1">
          <h2 className="font-medium text-slate-900">
            {automation.name}
            {!automation.enabled && (
              <span className="ml-2 rounded bg-slate-100 px-1.5 text-xs font-normal text-slate-700">Off</span>
            )}
          </h2>
          <p className="mt-1 text-sm text-slate-700">{automation.summary}</p>
        </div>
        <Switch
          name={`${automation.name} enabled`}
          checked={automation.enabled}
          disabled={update.isPending}
          onChange={(enabled) =>
            update.mutate(
              { id: automation._id, enabled },
              {
                onSuccess: (saved) => toast.success(saved.data.enabled ? "Automation on" : "Automation off"),
                onError: failed("Could not change the automation"),
              },
            )
          }
        />
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-1">
        <Button size="sm" onClick={onEdit} aria-label={`Edit ${automation.name}`}>
          Edit
        </Button>
        <Button size="sm" variant="ghost" onClick={onDuplicate} aria-label={`Duplicate ${automation.name}`}>
          Duplicate
        </Button>
        <Button size="sm" variant="ghost" aria-expanded={showRuns} onClick={() => setShowRuns((shown) => !shown)}>
          {showRuns ? "Hide run log" : "Run log"}
        </Button>
        {hasWebhook && (
          <ConfirmButton
            label="New webhook secret"
            confirm="Make a new secret"
            warning="The current secret stops signing at once."
            disabled={rotate.isPending}
            onConfirm={() =>
              rotate.mutate(automation._id, {
                onSuccess: (saved) => setSecret(saved.webhookSecret ?? null),
                onError: failed("Could not make a new secret"),
              })
            }
          />
        )}
        <ConfirmButton
          label="Delete"
          confirm="Delete automation"
          warning="Its run log goes with it; the stamps it left stay."
          disabled={remove.isPending}
          onConfirm={() =>
            remove.mutate(automation._id, {
              onSuccess: () => toast.success("Automation deleted"),
              onError: failed("Could not delete the automation"),
            })
          }
        />
      </div>
      {secret && (
        <div className="mt-3">
          <ShownOnce
            title="The new signing secret. Copy it into the receiver now: it is not shown again."
            value={secret}
            label="Webhook signing secret"
            onDismiss={() => setSecret(null)}
          />
        </div>
      )}
      {showRuns && <RunLog id={automation._id} />}
    </article>
  );
}

const outcomeLabels = { fired: "Fired", limited: "Stopped at the chain limit", failed: "Failed" } as const;

function RunLog({ id }: { id: string }) {
  const runs = useAutomationRuns(id);
  return (
    <section aria-label="Run log" className="mt-3 border-t border-slate-100 pt-3">
      <QueryStates
        query={runs}
        loading="Loading the run log"
        lines={2}
        isEmpty={runs.data?.runs.length === 0}
        empty={<p className="text-sm text-slate-600">It has not fired yet.</p>}
      />
      {runs.data && runs.data.runs.length > 0 && (
        <table className="w-full text-left text-sm">
          <thead className="text-xs text-slate-600">
            <tr>
              <th className="py-1 font-medium">When</th>
              <th className="py-1 font-medium">Conversation</th>
              <th className="py-1 font-medium">Outcome</th>
            </tr>
          </thead>
          <tbody>
            {runs.data.runs.map((run) => (
              <tr key={run._id} className="border-t border-slate-100 align-top">
                <td className="py-1 pr-2 whitespace-nowrap text-slate-700">{dateTime(run.createdAt)}</td>
                <td className="py-1 pr-2">
                  {run.conversationId ? (
                    <Link className="text-blue-800 underline" href={`/inbox?c=${run.conversationId}&view=all`}>
                      {run.contactName ?? "Conversation"}
                    </Link>
                  ) : (
                    <span className="text-slate-600">Deleted</span>
                  )}
                </td>
                <td className="py-1 text-slate-800">
                  {outcomeLabels[run.outcome]}
                  {run.actions.length > 0 && `: ${run.actions.join(", ")}`}
                  {run.detail && <span className="block text-xs text-slate-600">{run.detail}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
