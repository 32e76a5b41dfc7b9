import "server-only";
import type { Job } from "pg-boss";
import { pool } from "@/lib/db/client";
import { jobQueue } from "@/lib/db/job-queue";
import type { Queryable } from "@/lib/db/sql";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { type Email, linkEmail, sendEmail } from "@/lib/mail/send";
import type { EmailJob } from "./email-queue";
import { mintInvitationLink } from "./invitations";
import { linkUrl } from "./links";
import { mintResetLink, RESET_MINUTES } from "./passwords";

// The account emails, sent by the job queue's workers. A job first mints its link and commits it,
// then sends: a link is usable before anyone can receive it (sending inside the job's transaction,
// as a first version did, let a fast reader, or a mail scanner, open it before the commit and find
// it "not valid"). If sending fails the job is retried with a new link (the unsent one expires
// unused); if the server dies after sending but before the job is marked done, the retry sends a
// second email, whose link replaces an invitation's first one (a reset's both work).

/** Starts this process's email worker (instrumentation.ts, where SMTP_URL is set). */
export async function startEmailWorker() {
  const boss = await jobQueue({ supervise: true });
  await boss.work("email", { batchSize: 1, notifyPollingIntervalSeconds: 5 }, async ([job]: Job<EmailJob>[]) => {
    if (job) await sendAccountEmail(job);
  });
}

/** One job: mint the link (committed), then send. Exported for tests. */
export async function sendAccountEmail(job: Job<EmailJob>) {
  const email = await composeEmail(job.data, pool());
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
    return linkEmail({
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
  if (job.kind === "notice") {
    const { NEXTAUTH_URL } = env();
    return linkEmail({
      to: job.to,
      subject: job.subject,
      lines: job.lines,
      link: new URL(job.path, NEXTAUTH_URL ?? "http://localhost:3000").toString(),
      after: "You get this because you are an admin of this organization.",
    });
  }
  const reset = await mintResetLink(tx, job.email);
  if (!reset) return null; // no active account with that email: nothing is sent, and nobody is told
  return linkEmail({
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
