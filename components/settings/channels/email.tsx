import { Field } from "@/components/ui/field";
import { type ProviderUi, setting } from "./provider-ui";

/** A server's host, port and security, side by side. */
function Server({ kind, port, errors }: { kind: "imap" | "smtp"; port: string; errors: Record<string, string> }) {
  const name = kind.toUpperCase();
  return (
    <fieldset className="grid gap-2 sm:grid-cols-[1fr_6rem_9rem]">
      <legend className="mb-1 text-sm font-medium text-slate-800">{name} server</legend>
      <Field
        label={`${name} host`}
        name={`${kind}Host`}
        required
        placeholder={`${kind}.example.com`}
        error={errors[`${kind}Host`]}
      />
      <Field
        label="Port"
        name={`${kind}Port`}
        required
        inputMode="numeric"
        defaultValue={port}
        error={errors[`${kind}Port`]}
      />
      <label className="flex flex-col gap-1 text-sm text-slate-700">
        Security
        <select
          name={`${kind}Tls`}
          defaultValue="tls"
          className="rounded-md border border-slate-300 bg-white px-2 py-2 text-sm"
        >
          <option value="tls">TLS</option>
          <option value="starttls">STARTTLS or none</option>
        </select>
      </label>
    </fieldset>
  );
}

export const emailUi: ProviderUi<"imap"> = {
  title: "Connect a mailbox (IMAP and SMTP)",
  submitLabel: "Connect mailbox",
  connected: "Mailbox connected: its mail is read from now on",
  toInput: (value) => ({
    name: value("name"),
    address: value("address"),
    imapHost: value("imapHost"),
    imapPort: Number(value("imapPort")),
    imapTls: value("imapTls") === "tls",
    smtpHost: value("smtpHost"),
    smtpPort: Number(value("smtpPort")),
    smtpTls: value("smtpTls") === "tls",
    username: value("username"),
    password: value("password"),
  }),
  Fields: ({ errors }) => (
    <>
      <Field label="Name" name="name" required maxLength={100} placeholder="Support mailbox" error={errors.name} />
      <Field
        label="Email address"
        name="address"
        type="email"
        required
        placeholder="support@example.com"
        hint="Contacts write here; replies come from it."
        error={errors.address}
      />
      <Server kind="imap" port="993" errors={errors} />
      <Server kind="smtp" port="465" errors={errors} />
      <Field label="Username" name="username" required autoComplete="off" error={errors.username} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="off"
        required
        hint="An app password where the provider has them. Stored encrypted; never shown again."
        error={errors.password}
      />
    </>
  ),
  Details: ({ connection }) => (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
      <dt className="text-slate-600">Address</dt>
      <dd className="break-all text-slate-900">{setting(connection, "address")}</dd>
      <dt className="text-slate-600">Reads from</dt>
      <dd className="font-mono break-all text-slate-900">
        {setting(connection, "imapHost")}:{String(connection.settings.imapPort ?? "")}
      </dd>
      <dt className="text-slate-600">Sends through</dt>
      <dd className="font-mono break-all text-slate-900">
        {setting(connection, "smtpHost")}:{String(connection.settings.smtpPort ?? "")}
      </dd>
      <dt className="text-slate-600">Password</dt>
      <dd className="text-slate-900">set (never shown again)</dd>
    </dl>
  ),
};
