import "server-only";
import type { Job, JobResult, JobWithMetadata } from "pg-boss";
import { db } from "@/lib/db/client";
import { jobQueue, onConnection } from "@/lib/db/job-queue";
import { execute, type Queryable, query } from "@/lib/db/sql";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ChannelType } from "@/lib/generated/prisma/enums";
import { logger } from "@/lib/log";
import { type MessengerSecrets, openSecrets, type TwilioSecrets } from "./connections";
import { channelTypeOf } from "./json";
import { findMessengerMessage, sendMessengerMessage } from "./messenger/api";
import { findTwilioMessage, sendTwilioMessage, type TwilioAccount } from "./twilio/api";

// The outbox: a reply to a connected channel is committed with its "outbound" job (in one
// transaction, lib/messages/send-reply.ts), and a worker in any app server (or `npm run worker`)
// hands it to the provider. Sent exactly once even across crashes: before calling the provider the
// worker commits `sendingSince`; a later attempt that finds it set asks the provider whether it
// already took the message (and records it) before sending. Transient failures are retried with
// backoff (lib/db/queues.ts); a refusal, or the last retry, marks the message failed with the reason.

type OutboundJob = { messageId: string };

/**
 * The channels whose replies go out through a connection (the rest use the built-in provider).
 * Asked on every reply, so one hand-written statement (lib/db/sql.ts), not a Prisma query.
 */
export async function connectedChannels(organizationId: string): Promise<Set<ChannelType>> {
  const rows = await query<{ provider: keyof typeof channelTypeOf }>(Prisma.sql`
    SELECT DISTINCT provider FROM "ChannelConnection"
    WHERE "organizationId" = ${organizationId} AND "disabledAt" IS NULL`);
  return new Set(rows.map((row) => channelTypeOf[row.provider]));
}

export async function enqueueOutbound(messageId: string, on: Queryable) {
  const boss = await jobQueue();
  await boss.send("outbound", { messageId } satisfies OutboundJob, { db: onConnection(on) });
}

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

type Outgoing = {
  id: string;
  body: string;
  to: string;
  channelType: ChannelType;
  status: string;
  providerMessageId: string | null;
  sendingSince: Date | null;
  lastIncomingAt: Date | null;
  organizationId: string;
};

type Attempt = Pick<Job<OutboundJob>, "id" | "data"> & { retryCount: number; retryLimit: number };

/** One attempt at one message. Throws (so the queue retries) only while a retry may help. */
export async function deliver(job: Attempt) {
  const [message] = await query<Outgoing>(Prisma.sql`
    SELECT m.id, m.body, m."channelIdentifier" AS to, m."channelType", m.status, m."providerMessageId",
           m."sendingSince", c."lastIncomingAt", c."organizationId"
    FROM "Message" m JOIN "Conversation" c ON c.id = m."conversationId"
    WHERE m.id = ${job.data.messageId}`);
  // Deleted with its conversation, or already settled by an earlier attempt.
  if (message?.status !== "queued" || message.providerMessageId) return;
  const provider = message.channelType === "facebook" ? messengerProvider : twilioProvider;
  const sender = await provider.sender(message);
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
    if (sent) return accepted(message.id, sent);
  }
  await execute(Prisma.sql`UPDATE "Message" SET "sendingSince" = now() WHERE id = ${message.id}`);
  const outcome = await sender.send();
  if (outcome.kind === "accepted") return accepted(message.id, outcome.id);
  if (outcome.kind === "refused" || job.retryCount >= job.retryLimit) return fail(message.id, outcome.reason);
  logger().warn({ jobId: job.id, messageId: message.id, reason: outcome.reason }, "outbound message will be retried");
  throw new Error(outcome.reason);
}

type Outcome = { kind: "accepted"; id: string } | { kind: "refused" | "unavailable"; reason: string };

/** How one provider sends a message and finds one it already took; a string is why it cannot. */
type Provider = {
  sender(
    message: Outgoing,
  ): Promise<{ send: () => Promise<Outcome>; find: (since: Date) => Promise<string | null> } | string>;
};

const twilioProvider: Provider = {
  async sender(message) {
    const account = await twilioAccount(message.organizationId);
    if (!account) return "The channel is no longer connected";
    return {
      send: async () => {
        const outcome = await sendTwilioMessage(account, {
          to: message.to,
          body: message.body,
          statusCallback: account.statusCallback,
        });
        return outcome.kind === "accepted" ? { kind: "accepted", id: outcome.sid } : outcome;
      },
      find: (since) => findTwilioMessage(account, { to: message.to, body: message.body, since }),
    };
  },
};

// Messenger lets a Page answer a person for 24 hours after their last message (the standard
// messaging window); past it the Send API refuses, so we say so without asking.
const MESSENGER_WINDOW_MS = 24 * 60 * 60 * 1000;

const messengerProvider: Provider = {
  async sender(message) {
    const connection = await activeConnection(message.organizationId, "messenger");
    if (!connection) return "The channel is no longer connected";
    if (!message.lastIncomingAt || Date.now() - message.lastIncomingAt.getTime() > MESSENGER_WINDOW_MS) {
      return "Outside Messenger's 24-hour window: the contact has not written in the last 24 hours";
    }
    const page = {
      pageId: (connection.settings as { pageId: string }).pageId,
      accessToken: openSecrets<MessengerSecrets>(connection).pageAccessToken,
    };
    return {
      send: async () => {
        const outcome = await sendMessengerMessage(page, { psid: message.to, text: message.body });
        return outcome.kind === "accepted" ? { kind: "accepted", id: outcome.mid } : outcome;
      },
      find: (since) => findMessengerMessage(page, { psid: message.to, text: message.body, since }),
    };
  },
};

async function accepted(messageId: string, providerMessageId: string) {
  await execute(Prisma.sql`
    UPDATE "Message" SET status = 'sent', "providerMessageId" = ${providerMessageId}, "sendingSince" = NULL,
      "failureReason" = NULL
    WHERE id = ${messageId} AND status = 'queued'`);
}

async function fail(messageId: string, reason: string) {
  await execute(Prisma.sql`
    UPDATE "Message" SET status = 'failed', "failureReason" = ${reason.slice(0, 500)}, "sendingSince" = NULL
    WHERE id = ${messageId} AND status = 'queued'`);
}

function activeConnection(organizationId: string, provider: "twilio" | "messenger") {
  return db.channelConnection.findFirst({
    where: { organizationId, provider, disabledAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, settings: true, sealedSecrets: true, webhookKey: true },
  });
}

async function twilioAccount(organizationId: string): Promise<(TwilioAccount & { statusCallback?: string }) | null> {
  const connection = await activeConnection(organizationId, "twilio");
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
