"use client";
import Link from "next/link";
import { useState } from "react";
import { toast } from "sonner";
import { BusinessHoursFields, businessHoursFrom } from "@/components/ui/business-hours-fields";
import { Button, SubmitButton } from "@/components/ui/button";
import { CheckboxField, Field, FormError, TextAreaField } from "@/components/ui/field";
import { failed } from "@/components/ui/notify";
import { ShownOnce } from "@/components/ui/shown-once";
import type { WebchatSettings } from "@/lib/channels/webchat/settings";
import type { ConnectionJson } from "@/lib/connections/json";
import { ApiClientError } from "@/lib/queries/api-client";
import { useChangeChannel } from "@/lib/queries/use-channels";
import type { ProviderUi } from "./provider-ui";

/** The form's values as the connect (or change) input: everything but the name. */
function settingsInput(value: (name: string) => string) {
  const hours = value("hoursEnabled") ? businessHoursFrom(value) : null;
  return {
    allowedOrigins: value("allowedOrigins")
      .split(/[\s,]+/)
      .filter(Boolean),
    greeting: value("greeting"),
    accentColor: value("accentColor"),
    askForContact: value("askForContact") !== "",
    requireIdentity: value("requireIdentity") !== "",
    offlineMessage: value("offlineMessage"),
    businessHours: hours,
  };
}

/** The widget's settings, as a form's fields (empty to connect, filled to change). */
function WebchatFields({ errors, current }: { errors: Record<string, string>; current?: WebchatSettings }) {
  const originError = Object.entries(errors).find(([path]) => path.startsWith("allowedOrigins"))?.[1];
  const hoursError = Object.entries(errors).find(([path]) => path.startsWith("businessHours"))?.[1];
  return (
    <>
      <TextAreaField
        label="Websites it runs on"
        name="allowedOrigins"
        required
        rows={2}
        defaultValue={current?.allowedOrigins.join("\n")}
        placeholder="https://www.example.com"
        hint="One per line: scheme, host and port (https://*.example.com for every subdomain). No other site can show the widget."
        error={originError}
      />
      <Field
        label="Greeting"
        name="greeting"
        maxLength={300}
        defaultValue={current?.greeting}
        placeholder="Hi! How can we help?"
        error={errors.greeting}
      />
      <Field
        label="Accent colour"
        name="accentColor"
        type="color"
        defaultValue={current?.accentColor ?? "#1d4ed8"}
        error={errors.accentColor}
      />
      <CheckboxField
        label="Ask for a name and email before the first message"
        name="askForContact"
        defaultChecked={current?.askForContact}
      />
      <CheckboxField
        label="Only visitors your website signs in"
        name="requireIdentity"
        defaultChecked={current?.requireIdentity}
        hint="Your site passes a token signed with the identity secret (docs/api.md, Webchat); anonymous visitors cannot write."
      />
      <fieldset className="space-y-2 rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-medium text-slate-800">Business hours</legend>
        <CheckboxField
          label="Only some hours: outside them the widget shows the offline message and asks for an email"
          name="hoursEnabled"
          defaultChecked={Boolean(current?.businessHours)}
        />
        <BusinessHoursFields current={current?.businessHours} />
        <p className="text-xs text-slate-600">
          In your organization's time zone (
          <Link href="/settings/organization" className="underline">
            Settings → Organization
          </Link>
          ).
        </p>
        {hoursError && <p className="text-sm text-red-800">{hoursError}</p>}
        <Field
          label="Offline message"
          name="offlineMessage"
          maxLength={300}
          defaultValue={current?.offlineMessage}
          placeholder="We are away right now. Leave your email and we will write back."
          error={errors.offlineMessage}
        />
      </fieldset>
    </>
  );
}

export const webchatUi: ProviderUi<"webchat"> = {
  title: "Add a chat widget to your website",
  submitLabel: "Create widget",
  connected: "Widget created: add the snippet to your website",
  toInput: (value) => ({ name: value("name"), ...settingsInput(value) }),
  Fields: ({ errors }) => (
    <>
      <Field label="Name" name="name" required maxLength={100} placeholder="Website" error={errors.name} />
      <WebchatFields errors={errors} />
    </>
  ),
  Details: ({ connection }) => <WebchatDetails connection={connection} />,
};

function WebchatDetails({ connection }: { connection: ConnectionJson }) {
  const settings = connection.settings as unknown as WebchatSettings;
  const change = useChangeChannel();
  const [editing, setEditing] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const embed = connection.embed;
  return (
    <>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600">Websites</dt>
        <dd className="font-mono break-all text-slate-900">{settings.allowedOrigins.join(", ")}</dd>
        <dt className="text-slate-600">Visitors</dt>
        <dd className="text-slate-900">{settings.requireIdentity ? "Signed in by your website only" : "Anyone"}</dd>
        <dt className="text-slate-600">Identity secret</dt>
        <dd className="text-slate-900">set (never shown again)</dd>
      </dl>
      {embed && (
        <div className="space-y-2">
          <Field label="Add this to every page, before </body>" value={embed.snippet} readOnly />
          <p className="text-sm text-slate-700">
            If your site sends a Content-Security-Policy, add our origin to these directives:
          </p>
          <pre className="overflow-x-auto rounded-md bg-slate-50 p-2 text-xs text-slate-800">
            {embed.csp.join(";\n")}
          </pre>
        </div>
      )}
      {secret && (
        <ShownOnce
          title="The new identity secret: sign your visitors' identity tokens with it. It is shown only now."
          value={secret}
          label="Identity secret"
          onDismiss={() => setSecret(null)}
        />
      )}
      <div className="flex flex-wrap gap-2">
        <Button size="sm" variant="ghost" onClick={() => setEditing((open) => !open)} aria-expanded={editing}>
          {editing ? "Close settings" : "Edit widget settings"}
        </Button>
        <Button
          size="sm"
          variant="ghost"
          disabled={change.isPending}
          onClick={() =>
            change.mutate(
              { id: connection._id, rotateIdentitySecret: true },
              {
                onSuccess: ({ data }) => setSecret(data.shownOnce?.identitySecret ?? null),
                onError: failed("Could not make a new secret"),
              },
            )
          }
        >
          New identity secret
        </Button>
      </div>
      {editing && (
        <form
          aria-label={`${connection.name} settings`}
          className="space-y-3 border-t border-slate-200 pt-3"
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            setErrors({});
            change.mutate(
              { id: connection._id, ...settingsInput((name) => String(data.get(name) ?? "").trim()) },
              {
                onSuccess: () => {
                  setEditing(false);
                  toast.success("Widget settings saved");
                },
                onError: (error) => {
                  if (error instanceof ApiClientError) {
                    setErrors(Object.fromEntries(error.errors.map((e) => [e.path, e.message])));
                  }
                },
              },
            );
          }}
        >
          <WebchatFields errors={errors} current={settings} />
          <FormError
            message={
              change.error && !(change.error instanceof ApiClientError && change.error.errors.length)
                ? change.error.message
                : undefined
            }
          />
          <SubmitButton variant="primary" disabled={change.isPending}>
            Save settings
          </SubmitButton>
        </form>
      )}
    </>
  );
}
