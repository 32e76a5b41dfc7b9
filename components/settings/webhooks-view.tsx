"use client";
import { useState } from "react";
import { toast } from "sonner";
import { Button, SubmitButton } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field, FormError } from "@/components/ui/field";
import { dateTime, relativeTime } from "@/components/ui/format";
import { failed } from "@/components/ui/notify";
import { ShownOnce } from "@/components/ui/shown-once";
import { EmptyState, QueryStates } from "@/components/ui/states";
import { Switch } from "@/components/ui/switch";
import { useSubmit } from "@/components/ui/use-submit";
import {
  useCreateEndpoint,
  useDeleteEndpoint,
  useDeliveries,
  useReplayDelivery,
  useRotateEndpointSecret,
  useUpdateEndpoint,
  useWebhookEndpoints,
} from "@/lib/queries/use-webhooks";
import type { DeliveryJson, WebhookEndpointJson } from "@/lib/webhooks/endpoints";
import { type WebhookEventType, webhookEventNames, webhookEventTypes } from "@/lib/webhooks/events";

/** Settings → Webhooks (admins): where this organization's changes are POSTed, signed. */
export function WebhooksView() {
  const endpoints = useWebhookEndpoints();
  const [editing, setEditing] = useState<string | "new" | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  return (
    <main className="mx-auto h-full max-w-3xl space-y-6 overflow-y-auto p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h1 className="text-xl font-semibold text-slate-900">Webhooks</h1>
          <p className="mt-1 max-w-xl text-sm text-slate-600">
            Your systems hear of conversations, messages, contacts and automations as they change: a POST of the same
            JSON the API answers, signed as{" "}
            <a
              className="text-blue-800 underline"
              href="https://www.standardwebhooks.com/"
              rel="noreferrer"
              target="_blank"
            >
              Standard Webhooks
            </a>{" "}
            says. Failed calls are retried for about a day and a half with the same webhook-id.
          </p>
        </div>
        {editing !== "new" && (
          <Button variant="primary" onClick={() => setEditing("new")}>
            Add endpoint
          </Button>
        )}
      </div>
      {secret && (
        <ShownOnce
          title="The endpoint's signing secret. Copy it into your receiver now: it is not shown again."
          value={secret}
          label="Signing secret"
          onDismiss={() => setSecret(null)}
        />
      )}
      {editing === "new" && (
        <EndpointForm
          onDone={(made) => {
            setEditing(null);
            if (made) setSecret(made);
          }}
        />
      )}
      <QueryStates
        query={endpoints}
        loading="Loading webhook endpoints"
        lines={2}
        isEmpty={endpoints.data?.length === 0 && editing !== "new"}
        empty={
          <EmptyState title="No webhook endpoints yet" hint="Add the URL of a system that should hear of changes." />
        }
      />
      <ul className="space-y-3">
        {endpoints.data?.map((endpoint) =>
          editing === endpoint._id ? (
            <li key={endpoint._id}>
              <EndpointForm endpoint={endpoint} onDone={() => setEditing(null)} />
            </li>
          ) : (
            <li key={endpoint._id}>
              <EndpointCard endpoint={endpoint} onEdit={() => setEditing(endpoint._id)} onSecret={setSecret} />
            </li>
          ),
        )}
      </ul>
    </main>
  );
}

function EndpointForm({ endpoint, onDone }: { endpoint?: WebhookEndpointJson; onDone: (secret?: string) => void }) {
  const create = useCreateEndpoint();
  const update = useUpdateEndpoint();
  const [url, setUrl] = useState(endpoint?.url ?? "");
  const [description, setDescription] = useState(endpoint?.description ?? "");
  const [events, setEvents] = useState<WebhookEventType[]>(endpoint?.events ?? []);
  const save = useSubmit(async () => {
    const input = { url: url.trim(), description: description.trim(), events, enabled: endpoint?.enabled ?? true };
    if (endpoint) {
      await update.mutateAsync({ id: endpoint._id, ...input });
      toast.success("Endpoint saved");
      onDone();
    } else {
      const made = await create.mutateAsync(input);
      toast.success("Endpoint added");
      onDone(made.secret);
    }
  });
  return (
    <form
      aria-label={endpoint ? `Edit ${endpoint.url}` : "New webhook endpoint"}
      className="space-y-4 rounded-lg border border-blue-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        void save.run(undefined);
      }}
    >
      <Field
        label="URL"
        type="url"
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        required
        maxLength={500}
        placeholder="https://crm.example.com/hooks/inbox"
        hint="https. Private and internal addresses are refused."
        error={save.fieldErrors.url}
      />
      <Field
        label="Description"
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        maxLength={200}
        placeholder="CRM sync"
        error={save.fieldErrors.description}
      />
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-800">Events</legend>
        <p className="text-xs text-slate-600">None ticked: every event, including ones added later.</p>
        <div className="grid gap-1 sm:grid-cols-2">
          {webhookEventNames.map((type) => (
            <label key={type} className="flex items-start gap-2 text-sm text-slate-800">
              <input
                type="checkbox"
                className="mt-0.5 size-4"
                checked={events.includes(type)}
                onChange={(e) =>
                  setEvents((all) => (e.target.checked ? [...all, type] : all.filter((t) => t !== type)))
                }
              />
              <span>
                <code className="text-xs">{type}</code>
                <span className="block text-xs text-slate-600">{webhookEventTypes[type]}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <FormError message={save.error} />
      <div className="flex gap-2">
        <SubmitButton variant="primary" disabled={save.pending}>
          {save.pending ? "Saving…" : endpoint ? "Save endpoint" : "Add endpoint"}
        </SubmitButton>
        <Button variant="ghost" onClick={() => onDone()}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function EndpointCard({
  endpoint,
  onEdit,
  onSecret,
}: {
  endpoint: WebhookEndpointJson;
  onEdit: () => void;
  onSecret: (secret: string) => void;
}) {
  const update = useUpdateEndpoint();
  const remove = useDeleteEndpoint();
  const rotate = useRotateEndpointSecret();
  const [showLog, setShowLog] = useState(false);
  return (
    <article aria-label={endpoint.url} className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0 flex-1">
          <h2 className="font-mono text-sm break-all text-slate-900">{endpoint.url}</h2>
          {endpoint.description && <p className="mt-0.5 text-sm text-slate-700">{endpoint.description}</p>}
          <p className="mt-1 text-xs text-slate-600">
            {endpoint.events.length === 0 ? "Every event" : endpoint.events.join(", ")}
          </p>
        </div>
        <Switch
          name={`${endpoint.url} enabled`}
          checked={endpoint.enabled}
          disabled={update.isPending}
          onChange={(enabled) =>
            update.mutate({ id: endpoint._id, enabled }, { onError: failed("Could not change the endpoint") })
          }
        />
      </div>
      {endpoint.disabledReason && (
        <p role="alert" className="mt-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {endpoint.disabledReason}. Turn it on again once it answers, and replay what it missed.
        </p>
      )}
      {!endpoint.disabledReason && endpoint.failingSince && (
        <p className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Failing since {dateTime(endpoint.failingSince)}: it is turned off after five days without a success.
        </p>
      )}
      {endpoint.previousSecretUntil && (
        <p className="mt-2 text-xs text-slate-600">
          The previous secret also signs until {dateTime(endpoint.previousSecretUntil)}.
        </p>
      )}
      <div className="mt-3 flex flex-wrap items-center gap-1">
        <Button size="sm" onClick={onEdit} aria-label={`Edit ${endpoint.url}`}>
          Edit
        </Button>
        <Button size="sm" variant="ghost" aria-expanded={showLog} onClick={() => setShowLog((shown) => !shown)}>
          {showLog ? "Hide deliveries" : "Deliveries"}
        </Button>
        <ConfirmButton
          label="New secret"
          confirm="Make a new secret"
          warning="The current one keeps signing for 24 hours beside it."
          disabled={rotate.isPending}
          onConfirm={() =>
            rotate.mutate(endpoint._id, {
              onSuccess: (saved) => onSecret(saved.secret),
              onError: failed("Could not make a new secret"),
            })
          }
        />
        <ConfirmButton
          label="Delete"
          confirm="Delete endpoint"
          warning="Its delivery log goes with it."
          disabled={remove.isPending}
          onConfirm={() =>
            remove.mutate(endpoint._id, {
              onSuccess: () => toast.success("Endpoint deleted"),
              onError: failed("Could not delete the endpoint"),
            })
          }
        />
      </div>
      {showLog && <DeliveryLog endpointId={endpoint._id} />}
    </article>
  );
}

const statusLabels = { pending: "Retrying", delivered: "Delivered", failed: "Failed" } as const;
const statusClass = {
  pending: "bg-amber-100 text-amber-900",
  delivered: "bg-emerald-100 text-emerald-900",
  failed: "bg-red-100 text-red-900",
} as const;

function DeliveryLog({ endpointId }: { endpointId: string }) {
  const deliveries = useDeliveries(endpointId);
  return (
    <section aria-label="Deliveries" className="mt-3 border-t border-slate-100 pt-3">
      <QueryStates
        query={deliveries}
        loading="Loading deliveries"
        lines={2}
        isEmpty={deliveries.data?.deliveries.length === 0}
        empty={<p className="text-sm text-slate-600">Nothing was sent yet: deliveries appear here as things change.</p>}
      />
      <ul className="divide-y divide-slate-100">
        {deliveries.data?.deliveries.map((delivery) => (
          <li key={delivery._id}>
            <DeliveryRow endpointId={endpointId} delivery={delivery} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function DeliveryRow({ endpointId, delivery }: { endpointId: string; delivery: DeliveryJson }) {
  const replay = useReplayDelivery(endpointId);
  const last = delivery.tries[0];
  return (
    <details className="py-2 text-sm">
      <summary className="flex cursor-pointer flex-wrap items-center gap-2">
        <span className={`rounded px-1.5 text-xs font-medium ${statusClass[delivery.status]}`}>
          {statusLabels[delivery.status]}
        </span>
        <code className="text-xs text-slate-800">{delivery.type}</code>
        <span className="text-xs text-slate-600">
          {relativeTime(delivery.createdAt)} · {delivery.attempts} attempt{delivery.attempts === 1 ? "" : "s"}
          {last && ` · last ${last.statusCode ?? "no answer"}, ${last.latencyMs} ms`}
          {delivery.status === "pending" && delivery.nextAttemptAt && ` · next ${dateTime(delivery.nextAttemptAt)}`}
        </span>
        <Button
          size="sm"
          variant="ghost"
          className="ml-auto"
          disabled={replay.isPending}
          aria-label={`Replay ${delivery.type} of ${dateTime(delivery.createdAt)}`}
          onClick={(event) => {
            event.preventDefault();
            replay.mutate(delivery._id, {
              onSuccess: () => toast.success("Sent again"),
              onError: failed("Could not replay the delivery"),
            });
          }}
        >
          Replay
        </Button>
      </summary>
      <div className="mt-2 space-y-1 pl-2 text-xs text-slate-700">
        <p>
          webhook-id <code>{delivery.webhookId}</code>
        </p>
        {delivery.tries.map((attempt) => (
          <div key={attempt.createdAt} className="rounded bg-slate-50 p-2">
            <p>
              {dateTime(attempt.createdAt)} · {attempt.statusCode ?? "no answer"} · {attempt.latencyMs} ms
              {attempt.replay && " · replay"}
              {attempt.error && ` · ${attempt.error}`}
            </p>
            {attempt.answer && (
              <pre className="mt-1 max-h-32 overflow-auto break-all whitespace-pre-wrap">{attempt.answer}</pre>
            )}
          </div>
        ))}
      </div>
    </details>
  );
}
