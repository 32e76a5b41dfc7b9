import "server-only";
import { ImapFlow } from "imapflow";
import nodemailer from "nodemailer";

// An organization's mailbox as this channel reaches it: IMAP (imapflow) to read and to keep a copy
// of what we send in its Sent folder, SMTP (nodemailer) to send. Settings are shown to admins; the
// password is sealed like every channel secret.

export type EmailSettings = {
  /** The address contacts write to and we write from. */
  address: string;
  imapHost: string;
  imapPort: number;
  /** Implicit TLS (993); false: plain, upgraded with STARTTLS when the server offers it. */
  imapTls: boolean;
  smtpHost: string;
  smtpPort: number;
  /** Implicit TLS (465); false: STARTTLS when offered (587). */
  smtpTls: boolean;
  username: string;
};
export type EmailSecrets = { password: string };
export type EmailAccount = EmailSettings & EmailSecrets;

/** `watch`: a reader's connection, in IDLE as soon as it has nothing to do (new mail is told at
 *  once), its IDLE renewed every 5 minutes (servers drop one left longer). */
export function imapClient(account: EmailAccount, options: { watch?: boolean } = {}) {
  return new ImapFlow({
    ...(options.watch ? { autoIdleDelay: 100, maxIdleTime: 5 * 60_000 } : {}),
    host: account.imapHost,
    port: account.imapPort,
    secure: account.imapTls,
    auth: { user: account.username, pass: account.password },
    logger: false,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 5 * 60_000,
  });
}

export function smtpTransport(account: EmailAccount) {
  return nodemailer.createTransport({
    host: account.smtpHost,
    port: account.smtpPort,
    secure: account.smtpTls,
    auth: { user: account.username, pass: account.password },
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
}

/** An error from a mail server as an admin can act on it. */
export function mailError(error: unknown, server: "IMAP" | "SMTP"): string {
  const e = error as { authenticationFailed?: boolean; responseText?: string; code?: string; message?: string };
  if (e.authenticationFailed || e.code === "EAUTH") return `${server}: the server refused the username or password`;
  if (e.code === "ECONNREFUSED" || e.code === "ENOTFOUND" || e.code === "ETIMEDOUT" || e.code === "ESOCKET") {
    return `${server}: could not reach the server (${e.code})`;
  }
  return `${server}: ${(e.responseText ?? e.message ?? "failed").slice(0, 300)}`;
}
