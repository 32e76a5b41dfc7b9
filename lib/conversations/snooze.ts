import "server-only";
import type { Job } from "pg-boss";
import type { SnoozeSpec } from "@/lib/conversations/schemas";
import { snoozeMoment } from "@/lib/conversations/snooze-times";
import { jobQueue, onConnection } from "@/lib/db/job-queue";
import { execute, type Queryable, query } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";

// Snooze: an open conversation set aside until a time or until its contact writes. It leaves the
// Open views for the Snoozed one (lib/inbox/list.ts). It comes back in three ways, each in the
// database: its time comes (a job in the queue, sent in the transaction that snoozed it, taken by
// one app server), its contact writes (lib/messages/append.ts), or someone wakes or resolves it
// (lib/conversations/update.ts). Every way moves __v, so clients and webhooks see the change.

/** How far ahead a snooze may go. */
const MAX_SNOOZE_DAYS = 366;

export type WakeJob = { conversationId: string; until: string };

/** The moment a snooze asks for (null: until the contact writes), in the organization's time
 *  zone: 400 for a time that has passed, or is more than a year away. */
export async function snoozeUntil(organizationId: string, spec: SnoozeSpec, now = new Date()): Promise<string | null> {
  if (spec.untilReply) return null;
  const [organization] = await query<{ timeZone: string }>(
    Prisma.sql`SELECT "timeZone" FROM "Organization" WHERE id = ${organizationId}`,
  );
  const timeZone = organization?.timeZone ?? "UTC";
  const field = spec.preset ? "preset" : "until";
  const moment = snoozeMoment(spec, timeZone, now) as Date;
  const problem = (message: string) => new ApiError("bad_request", `${field}: ${message}`, [{ path: field, message }]);
  if (Number.isNaN(moment.getTime())) throw problem("is not a date and time");
  if (moment.getTime() <= now.getTime()) throw problem("has already passed");
  if (moment.getTime() > now.getTime() + MAX_SNOOZE_DAYS * 86_400_000) throw problem("is more than a year away");
  return moment.toISOString();
}

/** Within the snoozing transaction: each timed snooze's wake-up, due at its time. A snooze changed
 *  or ended since leaves its job nothing to do (wakeConversation). */
export async function scheduleWakes(tx: Queryable, conversationIds: string[], untils: (string | null)[]) {
  const jobs = conversationIds.flatMap((conversationId, index) => {
    const until = untils[index];
    return until ? [{ data: { conversationId, until } satisfies WakeJob, startAfter: new Date(until) }] : [];
  });
  if (jobs.length === 0) return;
  const boss = await jobQueue();
  await boss.insert("conversation-wake", jobs, { db: onConnection(tx) });
}

/** A wake-up come due: the conversation comes back to Open if it is still snoozed until that very
 *  time. One statement, so a job run twice (a crashed server's, retried) wakes it once. */
export async function wakeConversation(job: WakeJob): Promise<boolean> {
  const woken = await execute(Prisma.sql`
    UPDATE "Conversation" c SET "isSnoozed" = false, "snoozedUntil" = NULL, version = c.version + 1,
      "updatedAt" = now(), "changedById" = NULL
    WHERE c.id = ${job.conversationId} AND c."isSnoozed" AND c."snoozedUntil" = ${job.until}::timestamptz`);
  return woken > 0;
}

export async function startSnoozeWorker() {
  const boss = await jobQueue({ supervise: true });
  // Due jobs come with no NOTIFY to say so: a one-second poll finds them (one indexed query).
  await boss.work(
    "conversation-wake",
    { batchSize: 16, pollingIntervalSeconds: 1, notifyPollingIntervalSeconds: 1 },
    async (jobs: Job<WakeJob>[]) => {
      for (const job of jobs) await wakeConversation(job.data);
    },
  );
}
