import { Field } from "@/components/ui/field";
import { type ProviderUi, setting } from "./provider-ui";

export const messengerUi: ProviderUi<"messenger"> = {
  title: "Connect a Facebook Page (Messenger)",
  submitLabel: "Connect Page",
  connected: "Facebook Page connected: now add the webhook in Meta's dashboard",
  toInput: (value) => ({
    name: value("name"),
    pageId: value("pageId"),
    pageAccessToken: value("pageAccessToken"),
    appSecret: value("appSecret"),
  }),
  Fields: ({ errors }) => (
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
      <Field label="App secret" name="appSecret" type="password" autoComplete="off" required error={errors.appSecret} />
    </>
  ),
  Details: ({ connection }) => (
    <>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600">Page id</dt>
        <dd className="font-mono text-slate-900">{setting(connection, "pageId")}</dd>
        <dt className="text-slate-600">Page access token, App secret</dt>
        <dd className="text-slate-900">set (never shown again)</dd>
      </dl>
      <div className="space-y-2">
        <p className="text-sm text-slate-700">
          In your Meta app's Messenger settings, add a webhook with this callback URL and verify token, and subscribe
          the Page to <code>messages</code>, <code>message_deliveries</code> and <code>message_reads</code>:
        </p>
        <Field label="Callback URL" value={connection.webhooks.callback ?? ""} readOnly />
        <Field label="Verify token" value={setting(connection, "verifyToken")} readOnly />
      </div>
    </>
  ),
};
