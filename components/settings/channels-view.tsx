"use client";
import { useId, useState } from "react";
import { toast } from "sonner";
import { Button, SubmitButton } from "@/components/ui/button";
import { Field, FormError } from "@/components/ui/field";
import { ErrorState, Skeleton } from "@/components/ui/states";
import type { ConnectionJson } from "@/lib/connections/json";
import { ApiClientError } from "@/lib/queries/api-client";
import type { ConnectInput } from "@/lib/queries/endpoints";
import {
  useChangeChannel,
  useChannels,
  useConnect,
  useRemoveChannel,
  useTestChannel,
} from "@/lib/queries/use-channels";

/** The organization's channel connections (admins): connect a Twilio number, test, disable, remove. */
export function ChannelsView() {
  const channels = useChannels();
  return (
    <main className="mx-auto h-full max-w-3xl space-y-6 overflow-y-auto p-4">
      <div>
        <h1 className="text-xl font-semibold text-slate-900">Channels</h1>
        <p className="mt-1 text-sm text-slate-600">
          Connect your Twilio number and your Facebook Page, so that your contacts' SMS and Messenger messages arrive
          here and your replies reach them.
        </p>
      </div>
      {channels.isPending && (
        <div role="status" aria-label="Loading channels" className="p-4">
          <Skeleton className="h-6 w-2/3" />
        </div>
      )}
      {channels.isError && <ErrorState error={channels.error} onRetry={() => channels.refetch()} />}
      {channels.data?.length === 0 && (
        <p role="note" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
          No channel is connected. Replies are recorded in the inbox but delivered nowhere (the built-in provider), and
          only the API's inbound webhook brings messages in.
        </p>
      )}
      {channels.data?.map((connection) => (
        <ConnectionCard key={connection._id} connection={connection} />
      ))}
      <ConnectTwilioForm />
      <ConnectMessengerForm />
    </main>
  );
}

function ConnectionCard({ connection }: { connection: ConnectionJson }) {
  const change = useChangeChannel();
  const remove = useRemoveChannel();
  const test = useTestChannel();
  const [confirmRemove, setConfirmRemove] = useState(false);
  const active = connection.status === "active";
  const onError = (what: string) => (error: Error) => toast.error(what, { description: error.message });
  return (
    <section aria-label={connection.name} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="font-medium text-slate-900">{connection.name}</h2>
        <span className="text-sm text-slate-600">
          {connection.provider === "twilio" ? "Twilio SMS" : "Facebook Messenger"}
        </span>
        <span
          className={`rounded px-1.5 py-0.5 text-xs ${active ? "bg-emerald-100 text-emerald-900" : "bg-slate-100 text-slate-700"}`}
        >
          {active ? "Active" : "Disabled"}
        </span>
      </div>
      {connection.provider === "twilio" ? (
        <TwilioDetails connection={connection} />
      ) : (
        <MessengerDetails connection={connection} />
      )}
      <div className="flex flex-wrap gap-2">
        <Button
          size="sm"
          disabled={test.isPending}
          onClick={() =>
            test.mutate(connection._id, {
              onSuccess: (result) => (result.ok ? toast.success(result.message) : toast.error(result.message)),
              onError: onError("Could not test the connection"),
            })
          }
        >
          {test.isPending ? "Testing…" : "Test connection"}
        </Button>
        <Button
          size="sm"
          variant="ghost"
          onClick={() =>
            change.mutate({ id: connection._id, enabled: !active }, { onError: onError("Could not change it") })
          }
        >
          {active ? "Disable" : "Enable"}
        </Button>
        {confirmRemove ? (
          <>
            <Button
              size="sm"
              variant="danger"
              onClick={() => remove.mutate(connection._id, { onError: onError("Could not remove it") })}
            >
              Remove {connection.name}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setConfirmRemove(false)}>
              Cancel
            </Button>
          </>
        ) : (
          <Button size="sm" variant="ghost" onClick={() => setConfirmRemove(true)}>
            Remove
          </Button>
        )}
      </div>
    </section>
  );
}

function TwilioDetails({ connection }: { connection: ConnectionJson }) {
  return (
    <>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600">Account SID</dt>
        <dd className="font-mono text-slate-900">{connection.settings.accountSid}</dd>
        <dt className="text-slate-600">Sends from</dt>
        <dd className="font-mono text-slate-900">
          {connection.settings.fromNumber ?? connection.settings.messagingServiceSid}
        </dd>
        <dt className="text-slate-600">Auth Token</dt>
        <dd className="text-slate-900">set (never shown again)</dd>
      </dl>
      <div className="space-y-2">
        <p className="text-sm text-slate-700">
          In Twilio, set your number's <q>A message comes in</q> webhook (HTTP POST) to:
        </p>
        <Field label="Incoming messages webhook" value={connection.webhooks.messages ?? ""} readOnly />
        <p className="text-xs text-slate-600">Delivery reports come to {connection.webhooks.status} by themselves.</p>
      </div>
    </>
  );
}

function MessengerDetails({ connection }: { connection: ConnectionJson }) {
  return (
    <>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600">Page id</dt>
        <dd className="font-mono text-slate-900">{connection.settings.pageId}</dd>
        <dt className="text-slate-600">Page access token, App secret</dt>
        <dd className="text-slate-900">set (never shown again)</dd>
      </dl>
      <div className="space-y-2">
        <p className="text-sm text-slate-700">
          In your Meta app's Messenger settings, add a webhook with this callback URL and verify token, and subscribe
          the Page to <code>messages</code>, <code>message_deliveries</code> and <code>message_reads</code>:
        </p>
        <Field label="Callback URL" value={connection.webhooks.callback ?? ""} readOnly />
        <Field label="Verify token" value={connection.settings.verifyToken ?? ""} readOnly />
      </div>
    </>
  );
}

/** One connect form: reads its fields, shows the server's per-field errors, resets on success. */
function ConnectForm(props: {
  title: string;
  submitLabel: string;
  success: string;
  toInput: (value: (name: string) => string) => ConnectInput;
  children: (fieldErrors: Record<string, string>) => React.ReactNode;
}) {
  const connect = useConnect();
  const headingId = useId();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const formError =
    connect.error instanceof ApiClientError && connect.error.errors.length > 0 ? undefined : connect.error?.message;
  return (
    <form
      aria-labelledby={headingId}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const data = new FormData(form);
        setFieldErrors({});
        connect.mutate(
          props.toInput((name) => String(data.get(name) ?? "").trim()),
          {
            onSuccess: () => {
              form.reset();
              toast.success(props.success);
            },
            onError: (error) => {
              if (error instanceof ApiClientError) {
                setFieldErrors(Object.fromEntries(error.errors.map((e) => [e.path, e.message])));
              }
            },
          },
        );
      }}
    >
      <h2 id={headingId} className="font-medium text-slate-900">
        {props.title}
      </h2>
      {props.children(fieldErrors)}
      <FormError message={formError} />
      <SubmitButton variant="primary" disabled={connect.isPending}>
        {connect.isPending ? "Connecting…" : props.submitLabel}
      </SubmitButton>
    </form>
  );
}

function ConnectTwilioForm() {
  return (
    <ConnectForm
      title="Connect a Twilio number"
      submitLabel="Connect"
      success="Twilio number connected"
      toInput={(value) => ({
        provider: "twilio",
        name: value("name"),
        accountSid: value("accountSid"),
        authToken: value("authToken"),
        ...(value("sender").startsWith("MG")
          ? { messagingServiceSid: value("sender") }
          : { fromNumber: value("sender") }),
      })}
    >
      {(errors) => (
        <>
          <Field label="Name" name="name" required maxLength={100} placeholder="Front desk" error={errors.name} />
          <Field label="Account SID" name="accountSid" required placeholder="AC…" error={errors.accountSid} />
          <Field
            label="Auth Token"
            name="authToken"
            type="password"
            autoComplete="off"
            required
            hint="Stored encrypted; never shown again."
            error={errors.authToken}
          />
          <Field
            label="Sender"
            name="sender"
            required
            placeholder="+15551230000 or MG…"
            hint="Your Twilio phone number, or a Messaging Service SID."
            error={errors.fromNumber ?? errors.messagingServiceSid}
          />
        </>
      )}
    </ConnectForm>
  );
}

function ConnectMessengerForm() {
  return (
    <ConnectForm
      title="Connect a Facebook Page (Messenger)"
      submitLabel="Connect Page"
      success="Facebook Page connected: now add the webhook in Meta's dashboard"
      toInput={(value) => ({
        provider: "messenger",
        name: value("name"),
        pageId: value("pageId"),
        pageAccessToken: value("pageAccessToken"),
        appSecret: value("appSecret"),
      })}
    >
      {(errors) => (
        <>
          <Field
            label="Page name"
            name="name"
            required
            maxLength={100}
            placeholder="Northwind on Facebook"
            error={errors.name}
          />
          <Field label="Page id" name="pageId" required inputMode="numeric" error={errors.pageId} />
          <Field
            label="Page access token"
            name="pageAccessToken"
            type="password"
            autoComplete="off"
            required
            hint="From your Meta app, with pages_messaging. Stored encrypted; never shown again."
            error={errors.pageAccessToken}
          />
          <Field
            label="App secret"
            name="appSecret"
            type="password"
            autoComplete="off"
            required
            error={errors.appSecret}
          />
        </>
      )}
    </ConnectForm>
  );
}
