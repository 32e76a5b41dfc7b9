import { Field } from "@/components/ui/field";
import { type ProviderUi, setting } from "./provider-ui";

export const twilioUi: ProviderUi<"twilio"> = {
  title: "Connect a Twilio number",
  submitLabel: "Connect",
  connected: "Twilio number connected",
  toInput: (value) => ({
    name: value("name"),
    accountSid: value("accountSid"),
    authToken: value("authToken"),
    ...(value("sender").startsWith("MG") ? { messagingServiceSid: value("sender") } : { fromNumber: value("sender") }),
  }),
  Fields: ({ errors }) => (
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
  ),
  Details: ({ connection }) => (
    <>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600">Account SID</dt>
        <dd className="font-mono break-all text-slate-900">{setting(connection, "accountSid")}</dd>
        <dt className="text-slate-600">Sends from</dt>
        <dd className="font-mono text-slate-900">
          {setting(connection, "fromNumber") || setting(connection, "messagingServiceSid")}
        </dd>
        <dt className="text-slate-600">Auth Token</dt>
        <dd className="text-slate-900">set (never shown again)</dd>
      </dl>
      <div className="space-y-2">
        <p className="text-sm text-slate-700">
          In Twilio, set your number's <q>A message comes in</q> webhook (HTTP POST) to:
        </p>
        <Field label="Incoming messages webhook" value={connection.webhooks.messages ?? ""} readOnly />
        <p className="text-xs break-all text-slate-600">
          Delivery reports come to {connection.webhooks.status} by themselves.
        </p>
      </div>
    </>
  ),
};
