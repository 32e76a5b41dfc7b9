import "server-only";
import type { Db, Job } from "pg-boss";
import { jobQueue } from "@/lib/db/job-queue";
import type { Queryable } from "@/lib/db/sql";
import { logger } from "@/lib/log";
import { type Email, sendEmail } from "@/lib/mail/send";
import type { EmailJob } from "./email-queue";
import { mintInvitationLink } from "./invitations";
import { linkUrl } from "./links";
import { mintResetLink, RESET_MINUTES } from "./passwords";

// The account emails, sent by the job queue's workers. A job mints its link in the job's own
// transaction and sends the email inside it: if sending fails, or the server dies before the job is
// marked done, the link is rolled back with it and the retry sends a new one. So a link in a
// delivered email works unless a later attempt's link replaced it, and none is lost.

/** Starts this process's email worker (instrumentation.ts, where SMTP_URL is set). */
export async function startEmailWorker() {
  const boss = await jobQueue({ supervise: true });
  await boss.work(
    "email",
    { transactional: true, batchSize: 1, notifyPollingIntervalSeconds: 5 },
    async ([job]: Job<EmailJob>[], tx: Db) => {
      if (job) await sendAccountEmail(job, { query: ({ text, values }) => tx.executeSql(text, values) });
    },
  );
}

/** One job: mint the link on `tx` (the job's transaction), then send. Exported for tests. */
export async function sendAccountEmail(job: Job<EmailJob>, tx: Queryable) {
  const email = await composeEmail(job.data, tx);
  if (!email) {
    logger().info({ jobId: job.id, kind: job.data.kind }, "email not sent: nothing to send it for");
    return;
  }
  await sendEmail(email, { messageId: job.id });
  logger().info({ jobId: job.id, kind: job.data.kind }, "email sent");
}

async function composeEmail(job: EmailJob, tx: Queryable): Promise<Email | null> {
  if (job.kind === "invitation") {
    const invitation = await mintInvitationLink(tx, job.invitationId);
    if (!invitation) return null; // accepted or withdrawn meanwhile
    const link = linkUrl("invite", invitation.token);
    const inviter = invitation.invitedBy ?? "An admin";
    return message({
      to: invitation.email,
      subject: `Join ${invitation.organizationName} on Inbox`,
      lines: [
        `${inviter} invited you to join ${invitation.organizationName} as ${invitation.role.toLowerCase()}.`,
        "Open this link to choose your name and password. It works once, for 7 days:",
      ],
      link,
      after: "If you were not expecting this, ignore this email.",
    });
  }
  const reset = await mintResetLink(tx, job.email);
  if (!reset) return null; // no active account with that email: nothing is sent, and nobody is told
  return message({
    to: reset.email,
    subject: "Reset your Inbox password",
    lines: [
      `Someone asked to reset the password of ${reset.email}.`,
      `This link sets a new one. It works once, for ${RESET_MINUTES} minutes:`,
    ],
    link: linkUrl("reset-password", reset.token),
    after: "If it was not you, ignore this email: your password stays as it is.",
  });
}

function message(parts: { to: string; subject: string; lines: string[]; link: string; after: string }): Email {
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
