import "server-only";
import type { Job, JobResult } from "pg-boss";
import { tellAdmins } from "@/lib/accounts/email-queue";
import type { ChangeConsumer } from "@/lib/db/change-listener";
import { jobQueue, onConnection } from "@/lib/db/job-queue";
import { execute, query, transaction } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { type OutboundAnswer, type OutboundOptions, postOutbound } from "@/lib/http/outbound";
import { logger } from "@/lib/log";
import { type DeliveryJob, dispatchPendingEvents } from "./dispatch";
import { signingSecrets } from "./endpoints";
import { DISABLE_AFTER_MS, RETRY_DELAYS_SECONDS } from "./events";
import { signedHeaders } from "./signing";

// One delivery attempt: the stored body, signed now with the endpoint's secrets, POSTed through
// the address guard (lib/http/outbound.ts); a 2xx within 15 s is delivered. Otherwise the next
// attempt is queued on the ladder (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h), then the delivery
// fails; an endpoint that has not succeeded for five days is turned off and its admins are told.
// Every attempt is recorded (status, time, the answer's first 1 KB). The webhook-id is the
// delivery's, the same on every attempt and on a Replay.

const TIMEOUT_MS = 15_000;

export async function startWebhookWorker() {
  const boss = await jobQueue({ supervise: true });
  // Two loops per server, each sending up to 16 deliveries at once (each settled on its own), and
  // fetching again at once while batches come back full; otherwise a retry come due is found by a
  // one-second poll (no NOTIFY says so). A slow endpoint's call runs beside the others, never
  // before them; an endpoint already failing gets new deliveries a minute late (lib/webhooks/dispatch.ts).
  const options = {
    batchSize: 16,
    localConcurrency: 2,
    burstWhenBatchFull: true,
    perJobResults: true,
    pollingIntervalSeconds: 1,
    notifyPollingIntervalSeconds: 1,
  } as const;
  await boss.work("webhook-delivery", options, async (jobs: Job<DeliveryJob>[]) =>
    Promise.all(
      jobs.map(async (job): Promise<JobResult> => {
        try {
          await deliver(job.data.deliveryId, { replay: job.data.replay });
          return { id: job.id, status: "completed" };
        } catch (error) {
          return { id: job.id, status: "failed", output: { message: (error as Error).message } };
        }
      }),
    ),
  );
}

/** The webhooks' share of the change events (lib/db/change-listener.ts). */
export const webhookConsumer: ChangeConsumer = { name: "webhooks", handle: () => dispatchPendingEvents() };

type Target = {
  id: string;
  payload: string;
  status: string;
  attempts: number;
  endpointId: string;
  organizationId: string;
  url: string;
  enabled: boolean;
  secret: string;
  previousSecret: string | null;
  previousSecretUntil: Date | null;
  failingSince: Date | null;
};

/** Test seams: the clock, and where the guard resolves and connects (never beyond loopback in tests). */
export type DeliverOptions = OutboundOptions & { now?: Date; replay?: boolean };

export async function deliver(deliveryId: string, options: DeliverOptions = {}) {
  const [target] = await query<Target>(
    Prisma.sql`SELECT d.id, d.payload, d.status, d.attempts, e.id AS "endpointId", e."organizationId", e.url, e.enabled,
      e.secret, e."previousSecret", e."previousSecretUntil", e."failingSince"
      FROM "WebhookDelivery" d JOIN "WebhookEndpoint" e ON e.id = d."endpointId" WHERE d.id = ${deliveryId}`,
  );
  if (!target) return;
  if (!options.replay && target.status !== "pending") return;
  if (!options.replay && !target.enabled) {
    // Turned off meanwhile: it fails here (no attempt), and Replay sends it once the endpoint is on.
    await execute(
      Prisma.sql`UPDATE "WebhookDelivery" SET status = 'failed', "nextAttemptAt" = NULL WHERE id = ${target.id}`,
    );
    return;
  }
  const now = options.now ?? new Date();
  const headers = signedHeadersFor(target, now);
  let answer: OutboundAnswer | null = null;
  let error: string | null = null;
  const started = performance.now();
  try {
    answer = await postOutbound(
      target.url,
      { headers, body: target.payload, timeoutMs: TIMEOUT_MS, maxBytes: 1024 },
      { resolver: options.resolver, connectTo: options.connectTo, allowLoopback: options.allowLoopback },
    );
  } catch (caught) {
    error = whyItFailed(caught);
  }
  const ok = answer !== null && answer.status >= 200 && answer.status < 300;
  const latencyMs = Math.round(answer?.latencyMs ?? performance.now() - started);
  await transaction(async (tx) => {
    await execute(
      Prisma.sql`INSERT INTO "WebhookAttempt" ("deliveryId", "statusCode", "latencyMs", answer, error, replay, "createdAt")
        VALUES (${target.id}, ${answer?.status ?? null}, ${latencyMs}, ${answer?.body ?? ""}, ${error}, ${options.replay ?? false}, ${now})`,
      tx,
    );
    if (ok) {
      await execute(
        Prisma.sql`UPDATE "WebhookDelivery" SET status = 'delivered', attempts = attempts + 1, "deliveredAt" = ${now},
          "nextAttemptAt" = NULL WHERE id = ${target.id}`,
        tx,
      );
      await execute(Prisma.sql`UPDATE "WebhookEndpoint" SET "failingSince" = NULL WHERE id = ${target.endpointId}`, tx);
      return;
    }
    if (options.replay) return; // a Replay is one more try, outside the ladder
    const delay = RETRY_DELAYS_SECONDS[target.attempts];
    const next = delay === undefined ? null : new Date(now.getTime() + delay * 1000);
    await execute(
      Prisma.sql`UPDATE "WebhookDelivery" SET attempts = attempts + 1, "nextAttemptAt" = ${next},
        status = ${next ? "pending" : "failed"} WHERE id = ${target.id}`,
      tx,
    );
    if (next && delay !== undefined) {
      const boss = await jobQueue();
      await boss.send("webhook-delivery", { deliveryId: target.id } satisfies DeliveryJob, {
        startAfter: delay,
        db: onConnection(tx),
      });
    }
    const failingSince = target.failingSince ?? now;
    const turnedOff = now.getTime() - failingSince.getTime() >= DISABLE_AFTER_MS;
    await execute(
      Prisma.sql`UPDATE "WebhookEndpoint" SET "failingSince" = COALESCE("failingSince", ${now}),
        enabled = enabled AND NOT ${turnedOff},
        "disabledReason" = CASE WHEN ${turnedOff} AND enabled THEN ${`Turned off on ${now.toISOString().slice(0, 10)}: no delivery succeeded for 5 days (last: ${(error ?? `status ${answer?.status}`).slice(0, 200)})`} ELSE "disabledReason" END
        WHERE id = ${target.endpointId}`,
      tx,
    );
    if (turnedOff && target.enabled) await tellAdminsTurnedOff(tx, target);
  });
  if (!ok) logger().info({ deliveryId, status: answer?.status, error }, "webhook delivery failed");
}

function signedHeadersFor(target: Target, now: Date) {
  const secrets = signingSecrets({ ...target, id: target.endpointId });
  return signedHeaders(secrets, `msg_${target.id}`, now, target.payload);
}

function whyItFailed(error: unknown): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e.name === "TimeoutError" || e.name === "AbortError") return `no answer within ${TIMEOUT_MS / 1000} s`;
  if (e.name === "BlockedAddress") return e.message ?? "address not allowed";
  return (e.cause?.code ?? e.cause?.message ?? e.message ?? "failed").slice(0, 200);
}

/** The organization's admins are told (by email, when the installation sends it). */
async function tellAdminsTurnedOff(tx: Parameters<typeof execute>[1], target: Target) {
  logger().warn({ endpointId: target.endpointId }, "webhook endpoint turned off after 5 days of failures");
  await tellAdmins(
    target.organizationId,
    {
      subject: "A webhook endpoint was turned off",
      lines: [
        `No delivery to ${target.url} has succeeded for five days, so it was turned off.`,
        "Its deliveries are kept: once it answers again, turn it on in Settings → Webhooks and replay what it missed.",
      ],
      path: "/settings/webhooks",
    },
    tx,
  );
}
