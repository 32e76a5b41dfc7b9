import "server-only";
import { jobQueue, onConnection } from "@/lib/db/job-queue";
import { type Queryable, query } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { mailConfigured } from "@/lib/mail/send";

// Account emails are jobs on the "email" queue; lib/accounts/emails.ts sends them.

export type EmailJob =
  | { kind: "invitation"; invitationId: string }
  | { kind: "password-reset"; email: string }
  /** A notice to one person (a webhook endpoint turned off, a mailbox that cannot be read), with a
   *  link to where to act. */
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

/** Tells an organization's active admins something they must act on, by email when this
 *  installation sends email (in the caller's transaction when given one). */
export async function tellAdmins(
  organizationId: string,
  notice: { subject: string; lines: string[]; path: string },
  on?: Queryable,
) {
  if (!mailConfigured()) return;
  const admins = await query<{ email: string }>(
    Prisma.sql`SELECT email FROM "User" WHERE "organizationId" = ${organizationId} AND role = 'ADMIN'
      AND "deactivatedAt" IS NULL`,
    on,
  );
  for (const admin of admins) await enqueueEmail({ kind: "notice", to: admin.email, ...notice }, on);
}
