import "server-only";
import { z } from "zod";
import { canManagePeople, type Viewer } from "@/lib/auth/viewer";
import { serverKeys } from "@/lib/crypto/server-keys";
import { db } from "@/lib/db/client";
import { jobQueue } from "@/lib/db/job-queue";
import { query } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";
import { loopbackAllowed } from "@/lib/http/outbound";
import { jsonDate, jsonId } from "@/lib/schemas";
import type { DeliveryJob } from "./dispatch";
import { PREVIOUS_SECRET_MS, type WebhookEventType, webhookEventNames } from "./events";
import type { WebhookEndpointInput } from "./schemas";
import { openWebhookSecret, sealWebhookSecret } from "./secrets";
import { newWebhookSecret } from "./signing";

// Integrators' endpoints (admins): CRUD, the secret shown once and rotated, the delivery log and
// Replay. Another organization's endpoint is "not found".

export const webhookEndpointJsonSchema = z.strictObject({
  _id: jsonId,
  url: z.string(),
  description: z.string(),
  events: z.array(z.enum(webhookEventNames)),
  enabled: z.boolean(),
  /** Why we turned it off (five days of failures), or null. */
  disabledReason: z.string().nullable(),
  /** Failing since (the first failure after its last success), or null. */
  failingSince: jsonDate.nullable(),
  /** Until when the secret before the last rotation still signs, or null. */
  previousSecretUntil: jsonDate.nullable(),
  createdAt: jsonDate,
  updatedAt: jsonDate,
});
export type WebhookEndpointJson = z.infer<typeof webhookEndpointJsonSchema>;
/** An endpoint as made or given a new secret: the secret (`whsec_…`) in this answer only. */
export const endpointWithSecretSchema = z.strictObject({ data: webhookEndpointJsonSchema, secret: z.string() });

type Row = Awaited<ReturnType<typeof db.webhookEndpoint.findFirstOrThrow>>;

const json = (row: Row): WebhookEndpointJson => ({
  _id: row.id,
  url: row.url,
  description: row.description,
  events: row.events as WebhookEventType[],
  enabled: row.enabled,
  disabledReason: row.disabledReason,
  failingSince: row.failingSince?.toISOString() ?? null,
  previousSecretUntil:
    row.previousSecretUntil && row.previousSecretUntil > new Date() ? row.previousSecretUntil.toISOString() : null,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

const notFound = () => new ApiError("not_found", "Webhook endpoint not found");

function assertAdmin(viewer: Viewer) {
  if (!canManagePeople(viewer)) throw new ApiError("forbidden", "Only admins can manage webhooks");
}

const keys = () => serverKeys("a webhook's signing secret");

/** The secrets that sign a call now: the current one, and the one before it for a day after a rotation. */
export function signingSecrets(row: {
  id: string;
  organizationId: string;
  secret: string;
  previousSecret: string | null;
  previousSecretUntil: Date | null;
}): string[] {
  const ring = keys();
  const owner = { kind: "webhook-endpoint" as const, organizationId: row.organizationId, id: row.id };
  const current = openWebhookSecret(owner, row.secret, ring);
  const previous =
    row.previousSecret && row.previousSecretUntil && row.previousSecretUntil > new Date()
      ? [openWebhookSecret(owner, row.previousSecret, ring)]
      : [];
  return [current, ...previous];
}

/** http only to this machine, and only where loopback calls are allowed (development). */
function assertUrl(url: string) {
  const parsed = new URL(url);
  const local = ["localhost", "127.0.0.1", "[::1]"].includes(parsed.hostname) || parsed.hostname.startsWith("127.");
  if (parsed.protocol === "http:" && !(local && loopbackAllowed()))
    throw new ApiError("bad_request", "url: must be an https URL", [{ path: "url", message: "must be an https URL" }]);
}

export async function listEndpoints(viewer: Viewer): Promise<WebhookEndpointJson[]> {
  assertAdmin(viewer);
  const rows = await db.webhookEndpoint.findMany({
    where: { organizationId: viewer.organizationId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 100,
  });
  return rows.map(json);
}

/** The endpoint, and its secret this once. */
export async function createEndpoint(viewer: Viewer, input: WebhookEndpointInput) {
  assertAdmin(viewer);
  assertUrl(input.url);
  const count = await db.webhookEndpoint.count({ where: { organizationId: viewer.organizationId } });
  if (count >= 20) throw new ApiError("conflict", "An organization has at most 20 webhook endpoints");
  const secret = newWebhookSecret();
  const row = await db.$transaction(async (tx) => {
    const made = await tx.webhookEndpoint.create({
      data: { organizationId: viewer.organizationId, ...input, secret: "" },
    });
    return tx.webhookEndpoint.update({
      where: { id: made.id },
      data: { secret: sealWebhookSecret({ kind: "webhook-endpoint", ...made }, secret, keys()) },
    });
  });
  return { data: json(row), secret };
}

async function owned(viewer: Viewer, id: string) {
  assertAdmin(viewer);
  const row = await db.webhookEndpoint.findFirst({ where: { id, organizationId: viewer.organizationId } });
  if (!row) throw notFound();
  return row;
}

export async function updateEndpoint(viewer: Viewer, id: string, input: Partial<WebhookEndpointInput>) {
  await owned(viewer, id);
  if (input.url) assertUrl(input.url);
  // Turning it on again forgets why it was turned off, and its failures.
  const on = input.enabled === true ? { disabledReason: null, failingSince: null } : {};
  return json(await db.webhookEndpoint.update({ where: { id }, data: { ...input, ...on } }));
}

export async function deleteEndpoint(viewer: Viewer, id: string) {
  await owned(viewer, id);
  await db.webhookEndpoint.delete({ where: { id } });
}

/** A new secret, answered this once; the one before keeps signing (as a second signature) for a day. */
export async function rotateEndpointSecret(viewer: Viewer, id: string) {
  const row = await owned(viewer, id);
  const secret = newWebhookSecret();
  const updated = await db.webhookEndpoint.update({
    where: { id },
    data: {
      secret: sealWebhookSecret({ kind: "webhook-endpoint", ...row }, secret, keys()),
      previousSecret: row.secret,
      previousSecretUntil: new Date(Date.now() + PREVIOUS_SECRET_MS),
    },
  });
  return { data: json(updated), secret };
}

export const deliveryJsonSchema = z.strictObject({
  _id: jsonId,
  /** The `webhook-id` every attempt of it carries. */
  webhookId: z.string(),
  type: z.enum(webhookEventNames),
  status: z.enum(["pending", "delivered", "failed"]),
  attempts: z.number().int(),
  nextAttemptAt: jsonDate.nullable(),
  deliveredAt: jsonDate.nullable(),
  createdAt: jsonDate,
  /** Its latest ten attempts, newest first: status, time, the answer's first 1 KB. */
  tries: z.array(
    z.strictObject({
      statusCode: z.number().int().nullable(),
      latencyMs: z.number().int(),
      answer: z.string(),
      error: z.string().nullable(),
      replay: z.boolean(),
      createdAt: jsonDate,
    }),
  ),
});
export type DeliveryJson = z.infer<typeof deliveryJsonSchema>;
/** A page of deliveries; `next` is the `before` of the page after, or null. */
export const deliveriesPageSchema = z.strictObject({
  deliveries: z.array(deliveryJsonSchema),
  next: jsonId.nullable(),
});

const iso = (column: string) => Prisma.raw(`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

/** An endpoint's deliveries, the newest change first, 50 a page; `before`: the last one's `_id` of the page before. */
export async function listDeliveries(viewer: Viewer, id: string, before?: string) {
  await owned(viewer, id);
  const page = 50;
  const after = before
    ? Prisma.sql`AND d."eventId" < (SELECT b."eventId" FROM "WebhookDelivery" b WHERE b.id = ${before} AND b."endpointId" = ${id})`
    : Prisma.empty;
  const rows = await query<DeliveryJson>(
    Prisma.sql`SELECT d.id AS "_id", 'msg_' || d.id AS "webhookId", d.type, d.status, d.attempts,
      ${iso(`d."nextAttemptAt"`)} AS "nextAttemptAt", ${iso(`d."deliveredAt"`)} AS "deliveredAt", ${iso(`d."createdAt"`)} AS "createdAt",
      COALESCE((SELECT json_agg(json_build_object('statusCode', t."statusCode", 'latencyMs', t."latencyMs", 'answer', t.answer,
          'error', t.error, 'replay', t.replay, 'createdAt', ${iso(`t."createdAt"`)}) ORDER BY t."createdAt" DESC)
        FROM (SELECT * FROM "WebhookAttempt" a WHERE a."deliveryId" = d.id ORDER BY a."createdAt" DESC LIMIT 10) t), '[]') AS tries
    FROM "WebhookDelivery" d WHERE d."endpointId" = ${id} ${after}
    ORDER BY d."eventId" DESC LIMIT ${page + 1}`,
  );
  return { deliveries: rows.slice(0, page), next: rows.length > page ? (rows[page - 1]?._id ?? null) : null };
}

/** Sends a delivery again (queued): the same body and webhook-id, signed now. */
export async function replayDelivery(viewer: Viewer, endpointId: string, deliveryId: string) {
  const endpoint = await owned(viewer, endpointId);
  if (!endpoint.enabled) throw new ApiError("conflict", "Turn the endpoint on before replaying to it");
  const delivery = await db.webhookDelivery.findFirst({ where: { id: deliveryId, endpointId }, select: { id: true } });
  if (!delivery) throw new ApiError("not_found", "Delivery not found");
  const boss = await jobQueue();
  await boss.send("webhook-delivery", { deliveryId, replay: true } satisfies DeliveryJob, {
    group: { id: endpointId },
  });
}
