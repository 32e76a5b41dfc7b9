import "server-only";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";

// Email through the operator's SMTP server (SMTP_URL). Only the job queue's workers call sendEmail:
// a request never waits on, or fails because of, a mail server (lib/accounts/emails.ts).

export type Email = { to: string; subject: string; text: string; html: string };

/** Whether this installation sends email at all. */
export const mailConfigured = (): boolean => Boolean(env().SMTP_URL);

const globalForMail = globalThis as unknown as { transport?: nodemailer.Transporter };

export async function sendEmail(email: Email, options: { messageId: string }): Promise<void> {
  const { SMTP_URL, MAIL_FROM, NEXTAUTH_URL } = env();
  if (!SMTP_URL) throw new Error("SMTP_URL is not set");
  globalForMail.transport ??= nodemailer.createTransport(SMTP_URL, {
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  const host = new URL(NEXTAUTH_URL ?? "http://localhost").hostname;
  await globalForMail.transport.sendMail({
    from: MAIL_FROM ?? `Inbox <inbox@${host}>`,
    ...email,
    // Stable per job: a retried job's message carries the same id, which mail clients use to
    // recognise a repeat.
    messageId: `<${options.messageId}@${host}>`,
  });
}

/** A short email: lines of text, one link, and a last line saying why it was sent; as text and HTML. */
export function linkEmail(parts: { to: string; subject: string; lines: string[]; link: string; after: string }): Email {
  const escapeHtml = (text: string) =>
    text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
  const text = [...parts.lines, "", parts.link, "", parts.after].join("\n");
  const html = [
    ...parts.lines.map((line) => `<p>${escapeHtml(line)}</p>`),
    `<p><a href="${escapeHtml(parts.link)}">${escapeHtml(parts.link)}</a></p>`,
    `<p style="color:#64748b">${escapeHtml(parts.after)}</p>`,
  ].join("\n");
  return { to: parts.to, subject: parts.subject, text, html };
}
