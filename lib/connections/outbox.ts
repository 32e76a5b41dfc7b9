import "server-only";
import type { Job, JobWithMetadata } from "pg-boss";
import { db } from "@/lib/db/client";
import { jobQueue, onConnection } from "@/lib/db/job-queue";
import { execute, type Queryable, query } from "@/lib/db/sql";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ChannelType } from "@/lib/generated/prisma/enums";
import { logger } from "@/lib/log";
import { openSecrets, type TwilioSecrets } from "./connections";
import { channelTypeOf } from "./json";
import { findTwilioMessage, type SendOutcome, sendTwilioMessage, type TwilioAccount } from "./twilio/api";

// The outbox: a reply to a connected channel is committed with its "outbound" job (in one
// transaction, lib/messages/send-reply.ts), and a worker in any app server (or `npm run worker`)
// hands it to the provider. Sent exactly once even across crashes: before calling the provider the
// worker commits `sendingSince`; a later attempt that finds it set asks the provider whether it
// already took the message (and records it) before sending. Transient failures are retried with
// backoff (lib/db/queues.ts); a refusal, or the last retry, marks the message failed with the reason.

type OutboundJob = { messageId: string };

/** The organization's connection that replies go out through, if any (the oldest enabled one). */
export async function outboundConnection(organizationId: string): Promise<{ channelType: ChannelType } | null> {
  const connection = await db.channelConnection.findFirst({
    where: { organizationId, disabledAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { provider: true },
  });
  return connection && { channelType: channelTypeOf[connection.provider] };
}

export async function enqueueOutbound(messageId: string, on: Queryable) {
  const boss = await jobQueue();
  await boss.send("outbound", { messageId } satisfies OutboundJob, { db: onConnection(on) });
}

/** Starts this process's outbound worker. */
export async function startOutboundWorker() {
  const boss = await jobQueue({ supervise: true });
  await boss.work(
    "outbound",
    { batchSize: 1, includeMetadata: true },
    async ([job]: JobWithMetadata<OutboundJob>[]) => {
      if (job) await deliver(job);
    },
  );
}

type Outgoing = {
  id: string;
  body: string;
  to: string;
  status: string;
  providerMessageId: string | null;
  sendingSince: Date | null;
  organizationId: string;
};

/** One attempt at one message. Throws (so the queue retries) only while a retry may help. */
export async function deliver(job: Pick<Job<OutboundJob>, "id" | "data"> & { retryCount: number; retryLimit: number }) {
  const [message] = await query<Outgoing>(Prisma.sql`
    SELECT m.id, m.body, m."channelIdentifier" AS to, m.status, m."providerMessageId", m."sendingSince", c."organizationId"
    FROM "Message" m JOIN "Conversation" c ON c.id = m."conversationId"
    WHERE m.id = ${job.data.messageId}`);
  // Deleted with its conversation, or already settled by an earlier attempt.
  if (message?.status !== "queued" || message.providerMessageId) return;
  const account = await twilioAccount(message.organizationId);
  if (!account) return fail(message.id, "The channel is no longer connected");

  if (message.sendingSince) {
    // An earlier attempt may have reached Twilio and died before recording it: ask before sending.
    const since = message.sendingSince;
    const sid = await findTwilioMessage(account, { to: message.to, body: message.body, since }).catch(
      (error: Error) => {
        if (job.retryCount >= job.retryLimit) return fail(message.id, error.message).then(() => "settled" as const);
        throw error;
      },
    );
    if (sid === "settled") return;
    if (sid) return accepted(message.id, sid);
  }
  await execute(Prisma.sql`UPDATE "Message" SET "sendingSince" = now() WHERE id = ${message.id}`);
  const outcome: SendOutcome = await sendTwilioMessage(account, {
    to: message.to,
    body: message.body,
    statusCallback: account.statusCallback,
  });
  if (outcome.kind === "accepted") return accepted(message.id, outcome.sid);
  if (outcome.kind === "refused" || job.retryCount >= job.retryLimit) return fail(message.id, outcome.reason);
  logger().warn({ jobId: job.id, messageId: message.id, reason: outcome.reason }, "outbound message will be retried");
  throw new Error(outcome.reason);
}

async function accepted(messageId: string, sid: string) {
  await execute(Prisma.sql`
    UPDATE "Message" SET status = 'sent', "providerMessageId" = ${sid}, "sendingSince" = NULL, "failureReason" = NULL
    WHERE id = ${messageId} AND status = 'queued'`);
}

async function fail(messageId: string, reason: string) {
  await execute(Prisma.sql`
    UPDATE "Message" SET status = 'failed', "failureReason" = ${reason.slice(0, 500)}, "sendingSince" = NULL
    WHERE id = ${messageId} AND status = 'queued'`);
}

async function twilioAccount(organizationId: string): Promise<(TwilioAccount & { statusCallback?: string }) | null> {
  const connection = await db.channelConnection.findFirst({
    where: { organizationId, provider: "twilio", disabledAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, settings: true, sealedSecrets: true, webhookKey: true },
  });
  if (!connection) return null;
  const settings = connection.settings as { accountSid: string; fromNumber?: string; messagingServiceSid?: string };
  const publicUrl = env().NEXTAUTH_URL;
  return {
    ...settings,
    authToken: openSecrets<TwilioSecrets>(connection).authToken,
    // Delivery reports need a URL Twilio can reach: the configured public one.
    statusCallback: publicUrl
      ? new URL(`/api/webhooks/twilio/${connection.webhookKey}/status`, publicUrl).toString()
      : undefined,
  };
}
