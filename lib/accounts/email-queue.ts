import "server-only";
import { jobQueue, onConnection } from "@/lib/db/job-queue";
import type { Queryable } from "@/lib/db/sql";

// Account emails are jobs on the "email" queue; lib/accounts/emails.ts sends them.

export type EmailJob =
  | { kind: "invitation"; invitationId: string }
  | { kind: "password-reset"; email: string }
  /** A notice to one person (a webhook endpoint turned off), with a link to where to act. */
  | { kind: "notice"; to: string; subject: string; lines: string[]; path: string };

/** Enqueues an email, in the caller's transaction when given one. */
export async function enqueueEmail(job: EmailJob, on?: Queryable) {
  const boss = await jobQueue();
  await boss.send("email", job, {
    ...(on ? { db: onConnection(on) } : {}),
    // A burst of "forgot password" for one address sends one email a minute, not one per request.
    ...(job.kind === "password-reset" ? { singletonKey: `reset:${job.email}`, singletonSeconds: 60 } : {}),
  });
}
