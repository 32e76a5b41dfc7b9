import "server-only";
import type { Job, JobResult, JobWithMetadata } from "pg-boss";
import type { Outgoing } from "@/lib/channels/channel";
import { channelOf } from "@/lib/channels/registry";
import { openConnection, type StoredConnection } from "@/lib/connections/connections";
import { jobQueue } from "@/lib/db/job-queue";
import { execute, query } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log";
import type { OutboundJob } from "@/lib/outbox/enqueue";
import { providerAttachments } from "@/lib/uploads/media-url";

// The outbox: a reply to a connected channel is committed with its "outbound" job
// (lib/outbox/enqueue.ts), and a worker in any app server (or `npm run worker`) hands it to its
// conversation's connection, through that provider's channel. Sent exactly once even across
// crashes: before calling the provider the worker commits `sendingSince`; a later attempt that
// finds it set asks the provider whether it already took the message (and records it) before
// sending. Transient failures are retried with backoff (lib/db/queues.ts); a refusal, or the last
// retry, marks the message failed with the reason.

/**
 * Starts this process's outbound worker: up to 10 messages at a time, each settled on its own (one
 * failing does not retry the others); while fetches come back full it fetches again at once, and a
 * new job wakes it through LISTEN/NOTIFY.
 */
export async function startOutboundWorker() {
  const boss = await jobQueue({ supervise: true });
  await boss.work(
    "outbound",
    {
      batchSize: 10,
      includeMetadata: true,
      perJobResults: true,
      burstWhenBatchFull: true,
      // New jobs wake the worker (NOTIFY); retries coming due do not, so it also looks every 2 s.
      pollingIntervalSeconds: 2,
      notifyPollingIntervalSeconds: 2,
    },
    async (jobs: JobWithMetadata<OutboundJob>[]) =>
      Promise.all(
        jobs.map(async (job): Promise<JobResult> => {
          try {
            await deliver(job);
            return { id: job.id, status: "completed" };
          } catch (error) {
            return { id: job.id, status: "failed", output: { message: (error as Error).message } };
          }
        }),
      ),
  );
}

type Queued = Omit<Outgoing, "attachments"> & {
  attachments: unknown;
  status: string;
  providerMessageId: string | null;
  sendingSince: Date | null;
};

type Attempt = Pick<Job<OutboundJob>, "id" | "data"> & { retryCount: number; retryLimit: number };

/** One attempt at one message. Throws (so the queue retries) only while a retry may help. */
export async function deliver(job: Attempt) {
  const [message] = await query<Queued & { connection: StoredConnection | null }>(Prisma.sql`
    SELECT m.id, m."conversationId", m.body, m.attachments, m."channelIdentifier" AS to, m.status,
           m."providerMessageId", m."sendingSince", c."lastIncomingAt", m.email,
           (SELECT jsonb_build_object('id', cc.id, 'organizationId', cc."organizationId", 'provider', cc.provider,
                     'name', cc.name, 'settings', cc.settings, 'sealedSecrets', cc."sealedSecrets",
                     'webhookKey', cc."webhookKey")
            FROM "ChannelConnection" cc
            WHERE cc."organizationId" = c."organizationId" AND cc."channelType" = c."channelType"
              AND cc."disabledAt" IS NULL AND (c."connectionId" IS NULL OR cc.id = c."connectionId")
            ORDER BY cc."createdAt", cc.id LIMIT 1) AS connection
    FROM "Message" m JOIN "Conversation" c ON c.id = m."conversationId"
    WHERE m.id = ${job.data.messageId}`);
  // Deleted with its conversation, or already settled by an earlier attempt.
  if (message?.status !== "queued" || message.providerMessageId) return;
  if (!message.connection) return fail(message.id, "The channel is no longer connected");
  const { connection } = message;
  const channel = channelOf(connection.provider);
  const attachments = providerAttachments(message.attachments, channel.fetchesAttachments ?? false);
  if (typeof attachments === "string") return fail(message.id, attachments);
  const sender = channel.sender({ ...message, attachments }, openConnection(connection));
  if (typeof sender === "string") return fail(message.id, sender);

  if (message.sendingSince) {
    // An earlier attempt may have reached the provider and died before recording it: ask first.
    const since = message.sendingSince;
    const sent = await sender.find(since).catch(async (error: Error) => {
      if (job.retryCount < job.retryLimit) throw error;
      await fail(message.id, error.message);
      return "settled" as const;
    });
    if (sent === "settled") return;
    if (sent) return accepted(message.id, connection.id, sent);
  }
  await execute(Prisma.sql`UPDATE "Message" SET "sendingSince" = now() WHERE id = ${message.id}`);
  const outcome = await sender.send();
  if (outcome.kind === "accepted") return accepted(message.id, connection.id, outcome.providerMessageId);
  if (outcome.kind === "refused" || job.retryCount >= job.retryLimit) return fail(message.id, outcome.reason);
  logger().warn({ jobId: job.id, messageId: message.id, reason: outcome.reason }, "outbound message will be retried");
  throw new Error(outcome.reason);
}

async function accepted(messageId: string, connectionId: string, providerMessageId: string) {
  await execute(Prisma.sql`
    UPDATE "Message" SET status = 'sent', "connectionId" = ${connectionId}, "providerMessageId" = ${providerMessageId},
      "sendingSince" = NULL, "failureReason" = NULL
    WHERE id = ${messageId} AND status = 'queued'`);
}

async function fail(messageId: string, reason: string) {
  await execute(Prisma.sql`
    UPDATE "Message" SET status = 'failed', "failureReason" = ${reason.slice(0, 500)}, "sendingSince" = NULL
    WHERE id = ${messageId} AND status = 'queued'`);
}
