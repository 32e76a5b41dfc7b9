import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as conversationRoute from "@/app/api/conversation/[id]/route";
import * as replayRoute from "@/app/api/webhooks/endpoints/[id]/deliveries/[deliveryId]/replay/route";
import * as deliveriesRoute from "@/app/api/webhooks/endpoints/[id]/deliveries/route";
import * as endpointRoute from "@/app/api/webhooks/endpoints/[id]/route";
import * as secretRoute from "@/app/api/webhooks/endpoints/[id]/secret/route";
import * as endpointsRoute from "@/app/api/webhooks/endpoints/route";
import { handlePendingEvents } from "@/lib/automations/engine";
import { db, pool } from "@/lib/db/client";
import { receiveInboundMessage } from "@/lib/inbound/receive";
import { deliver } from "@/lib/webhooks/deliver";
import { dispatchPendingEvents } from "@/lib/webhooks/dispatch";
import { RETRY_DELAYS_SECONDS } from "@/lib/webhooks/events";
import { callRoute } from "../support/call-route";
import { conversationOf, createOrganization } from "../support/factories";
import { rolledBackMessage } from "../support/messages";
import { checkWebhookPayload } from "../support/openapi";
import { loopbackOnly, type Received, startReceiver } from "../support/receiver";

// Integrators' webhooks on real PostgreSQL: the change events the database records, the dispatch
// pass as each app server's worker runs it, each delivery attempt as the worker makes it (with the
// clock given), to a receiver on loopback that checks every signature with the standard's own
// library. The address guard is tested with an injected resolver and every connection dialled to
// loopback, so that even a broken check could not send a packet anywhere else.

let receiver: Awaited<ReturnType<typeof startReceiver>>;

beforeAll(async () => {
  receiver = await startReceiver();
});
afterAll(() => receiver.stop());

let world: Awaited<ReturnType<typeof createOrganization>>;
let conversationId: string;
let phone: string;

/** Every change recorded so far, handled as the workers handle them: the rules', then the webhooks'. */
async function drain() {
  while ((await handlePendingEvents()) > 0) {}
  while ((await dispatchPendingEvents()) > 0) {}
}

beforeEach(async () => {
  receiver.reset();
  world = await createOrganization();
  const conversation = await conversationOf(world);
  conversationId = conversation.id;
  phone = conversation.channelIdentifier;
  await drain();
});

const inbound = (body: string) =>
  receiveInboundMessage({
    organizationId: world.organization.id,
    inbound: { channelType: "sms", from: phone, body, attachments: [] },
  });

async function addEndpoint(body: Record<string, unknown> = {}) {
  const res = await callRoute(endpointsRoute.POST, "POST", "/", {
    token: world.admin.token,
    body: { url: receiver.url, ...body },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { data: { _id: string }; secret: string };
}

const deliveries = (endpointId: string) =>
  db.webhookDelivery.findMany({
    where: { endpointId },
    orderBy: [{ createdAt: "asc" }, { eventId: "asc" }],
    include: { tries: true },
  });

/** The delivery, verified with the standard's library and against the document's `webhooks`. */
function verify(secret: string, received: Received) {
  const payload = new Webhook(secret).verify(received.body, {
    "webhook-id": received.headers["webhook-id"] as string,
    "webhook-timestamp": received.headers["webhook-timestamp"] as string,
    "webhook-signature": received.headers["webhook-signature"] as string,
  }) as { type: string; timestamp: string; data: Record<string, unknown> };
  checkWebhookPayload(received.body);
  return payload;
}

describe("webhook endpoints: who may manage them", () => {
  it("is for admins only, keeps each organization's to itself, and shows the secret once", async () => {
    for (const who of [world.manager, world.agent]) {
      expect(
        (await callRoute(endpointsRoute.POST, "POST", "/", { token: who.token, body: { url: receiver.url } })).status,
      ).toBe(403);
      expect((await callRoute(endpointsRoute.GET, "GET", "/", { token: who.token })).status).toBe(403);
    }
    const created = await addEndpoint({ events: ["message.created"], description: "CRM" });
    expect(created.secret).toMatch(/^whsec_/);
    const listed = await callRoute(endpointsRoute.GET, "GET", "/", { token: world.admin.token });
    expect(listed.body.endpoints).toEqual([
      expect.objectContaining({ _id: created.data._id, events: ["message.created"], enabled: true }),
    ]);
    expect(JSON.stringify(listed.body)).not.toContain(created.secret.slice(6));
    const row = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: created.data._id } });
    expect(row.secret).not.toContain(created.secret.slice(6));

    const other = await createOrganization();
    const id = created.data._id;
    const calls = [
      callRoute(endpointRoute.PATCH, "PATCH", "/", {
        token: other.admin.token,
        params: { id },
        body: { enabled: false },
      }),
      callRoute(endpointRoute.DELETE, "DELETE", "/", { token: other.admin.token, params: { id } }),
      callRoute(secretRoute.POST, "POST", "/", { token: other.admin.token, params: { id } }),
      callRoute(deliveriesRoute.GET, "GET", "/", { token: other.admin.token, params: { id } }),
      callRoute(replayRoute.POST, "POST", "/", { token: other.admin.token, params: { id, deliveryId: id } }),
    ];
    for (const res of await Promise.all(calls)) expect(res.status).toBe(404);
  });

  it("refuses what it could not or should not call", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ url: "ftp://example.com/x" }, "url"],
      [{ url: "http://example.com/hooks" }, "url"],
      [{ url: "https://user:pw@example.com/hooks" }, "url"],
      [{ url: "not a url" }, "url"],
      [{ events: ["message.exploded"] }, "events.0"],
      [{ surprise: 1 }, ""],
    ];
    for (const [body, path] of cases) {
      const res = await callRoute(endpointsRoute.POST, "POST", "/", {
        token: world.admin.token,
        body: { url: receiver.url, ...body },
      });
      expect(res.status, JSON.stringify(body)).toBe(400);
      if (path)
        expect(
          res.body.errors.map((e: { path: string }) => e.path),
          JSON.stringify(body),
        ).toContain(path);
    }
  });
});

describe("deliveries", () => {
  it("sends each subscribed change once, signed, as the API's JSON; a tampered body or an old timestamp fails verification", async () => {
    const endpoint = await addEndpoint({ events: ["message.created", "conversation.resolved"] });
    const received = await inbound("Hello there");
    const resolved = await callRoute(conversationRoute.PUT, "PUT", "/", {
      token: world.admin.token,
      params: { id: conversationId },
      body: { isResolved: true },
    });
    expect(resolved.status).toBe(200);
    await drain();
    await drain();
    const made = await deliveries(endpoint.data._id);
    // The message (reopening the conversation is not subscribed), then the resolution.
    expect(made.map((d) => d.type)).toEqual(["message.created", "conversation.resolved"]);
    for (const delivery of made) await deliver(delivery.id);
    for (const delivery of made) await deliver(delivery.id); // delivered: nothing more is sent
    expect(receiver.received).toHaveLength(2);

    const [message, resolution] = receiver.received.map((r) => verify(endpoint.secret, r));
    expect(message).toMatchObject({
      type: "message.created",
      data: { _id: received.messageId, body: "Hello there", senderType: "CONTACT" },
    });
    expect(resolution).toMatchObject({
      type: "conversation.resolved",
      data: { _id: conversationId, isResolved: true },
    });
    expect(receiver.received[0]!.headers["webhook-id"]).toBe(`msg_${made[0]!.id}`);

    const first = receiver.received[0]!;
    expect(() =>
      verify(endpoint.secret, { ...first, body: first.body.replace("Hello there", "Hello thera") }),
    ).toThrow();
    const old = String(Number(first.headers["webhook-timestamp"]) - 600);
    expect(() =>
      verify(endpoint.secret, { ...first, headers: { ...first.headers, "webhook-timestamp": old } }),
    ).toThrow();
    expect((await deliveries(endpoint.data._id)).map((d) => d.status)).toEqual(["delivered", "delivered"]);

    const log = await callRoute(deliveriesRoute.GET, "GET", "/", {
      token: world.admin.token,
      params: { id: endpoint.data._id },
    });
    expect(log.body.deliveries[0]).toMatchObject({
      type: "conversation.resolved",
      status: "delivered",
      attempts: 1,
      tries: [{ statusCode: 204 }],
    });
  });

  it("sends nothing for a change rolled back", async () => {
    const endpoint = await addEndpoint();
    await rolledBackMessage(conversationId, phone);
    await drain();
    expect(await deliveries(endpoint.data._id)).toEqual([]);
  });

  it("retries on the ladder with the same webhook-id, keeps the answer's first 1 KB, and turns an endpoint off after five days", async () => {
    const endpoint = await addEndpoint({ events: ["message.created"] });
    await inbound("will fail");
    await drain();
    const [delivery] = await deliveries(endpoint.data._id);
    const start = new Date();
    let now = start;
    for (const [attempt, delay] of RETRY_DELAYS_SECONDS.entries()) {
      receiver.answers.push({ status: 500 });
      await deliver(delivery!.id, { now });
      const after = await db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery!.id } });
      expect(after).toMatchObject({ status: "pending", attempts: attempt + 1 });
      expect(after.nextAttemptAt!.getTime() - now.getTime()).toBe(delay * 1000);
      now = after.nextAttemptAt!;
    }
    // The ladder's end: failed, and no more jobs.
    receiver.answers.push({ status: 500 });
    await deliver(delivery!.id, { now });
    const failed = await db.webhookDelivery.findUniqueOrThrow({
      where: { id: delivery!.id },
      include: { tries: true },
    });
    expect(failed).toMatchObject({ status: "failed", attempts: RETRY_DELAYS_SECONDS.length + 1, nextAttemptAt: null });
    expect(failed.tries.every((t) => t.statusCode === 500 && t.answer.length === 1024)).toBe(true);
    const ids = new Set(receiver.received.map((r) => r.headers["webhook-id"]));
    expect(ids).toEqual(new Set([`msg_${delivery!.id}`]));
    const { rows: jobs } = await pool().query(
      `SELECT start_after FROM pgboss.job WHERE name = 'webhook-delivery' AND data->>'deliveryId' = $1 ORDER BY created_on`,
      [delivery!.id],
    );
    expect(jobs).toHaveLength(RETRY_DELAYS_SECONDS.length + 1); // the first, and one per rung

    // About 28 hours of failures so far: still on. A failure five days after the first turns it off.
    expect((await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.data._id } })).enabled).toBe(true);
    await inbound("another");
    await drain();
    const [, next] = await deliveries(endpoint.data._id);
    receiver.answers.push({ status: 503 });
    await deliver(next!.id, { now: new Date(start.getTime() + 5 * 86_400_000) });
    const off = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.data._id } });
    expect(off).toMatchObject({
      enabled: false,
      disabledReason: expect.stringContaining("no delivery succeeded for 5 days"),
    });
    // Off, it is sent nothing new, and what waited fails (to be replayed); turned on again, its
    // failures are forgotten.
    await inbound("while off");
    await drain();
    expect(await deliveries(endpoint.data._id)).toHaveLength(2);
    const sentBefore = receiver.received.length;
    await deliver(next!.id, { now: new Date(start.getTime() + 5 * 86_400_000 + 5000) });
    expect(receiver.received).toHaveLength(sentBefore);
    expect((await db.webhookDelivery.findUniqueOrThrow({ where: { id: next!.id } })).status).toBe("failed");
    const on = await callRoute(endpointRoute.PATCH, "PATCH", "/", {
      token: world.admin.token,
      params: { id: endpoint.data._id },
      body: { enabled: true },
    });
    expect(on.body.data).toMatchObject({ enabled: true, disabledReason: null, failingSince: null });
  });

  it("replays a delivery with the same id and body; a rotated secret signs beside the old one for a day", async () => {
    const endpoint = await addEndpoint({ events: ["message.created"] });
    await inbound("replay me");
    await drain();
    const [delivery] = await deliveries(endpoint.data._id);
    await deliver(delivery!.id);
    const rotated = await callRoute(secretRoute.POST, "POST", "/", {
      token: world.admin.token,
      params: { id: endpoint.data._id },
    });
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.data.previousSecretUntil).not.toBeNull();
    const replay = await callRoute(replayRoute.POST, "POST", "/", {
      token: world.admin.token,
      params: { id: endpoint.data._id, deliveryId: delivery!.id },
    });
    expect(replay.status).toBe(200);
    const { rows } = await pool().query(
      `SELECT data FROM pgboss.job WHERE name = 'webhook-delivery' AND data->>'deliveryId' = $1 AND (data->>'replay')::boolean`,
      [delivery!.id],
    );
    expect(rows).toHaveLength(1);
    await deliver(delivery!.id, { replay: true });
    const [first, again] = receiver.received;
    expect(again!.headers["webhook-id"]).toBe(first!.headers["webhook-id"]);
    expect(again!.body).toBe(first!.body);
    expect((again!.headers["webhook-signature"] as string).split(" ")).toHaveLength(2);
    expect(() => verify(endpoint.secret, again!)).not.toThrow();
    expect(() => verify(rotated.body.secret, again!)).not.toThrow();
    // A day later only the new secret signs.
    await db.webhookEndpoint.update({
      where: { id: endpoint.data._id },
      data: { previousSecretUntil: new Date(Date.now() - 1000) },
    });
    await deliver(delivery!.id, { replay: true });
    const third = receiver.received[2]!;
    expect(() => verify(endpoint.secret, third)).toThrow();
    expect(() => verify(rotated.body.secret, third)).not.toThrow();
    const tries = await db.webhookAttempt.findMany({
      where: { deliveryId: delivery!.id },
      orderBy: { createdAt: "asc" },
    });
    expect(tries.map((t) => t.replay)).toEqual([false, true, true]);
  });

  it("tells of contacts, status changes and automations' firings too", async () => {
    const endpoint = await addEndpoint({ events: ["contact.updated", "automation.fired"] });
    await db.contact.update({ where: { id: world.contact.id }, data: { attributes: { plan: "gold" } } });
    await drain();
    const made = await deliveries(endpoint.data._id);
    expect(made.map((d) => [d.type, JSON.parse(d.payload).data])).toEqual([
      ["contact.updated", expect.objectContaining({ _id: world.contact.id, attributes: { plan: "gold" } })],
    ]);
  });
});

describe("the address guard", () => {
  it("refuses loopback, private and link-local addresses in production before any connection, and follows no redirect", async () => {
    const endpoint = await addEndpoint({ events: ["message.created"] });
    await inbound("guarded");
    await drain();
    const [delivery] = await deliveries(endpoint.data._id);
    const targets: [string, string[]][] = [
      [`http://127.0.0.1:${receiver.port}/x`, []],
      [`http://[::1]:${receiver.port}/x`, []],
      [`http://169.254.169.254:${receiver.port}/latest`, []],
      [`http://10.0.0.1:${receiver.port}/x`, []],
      [`http://metadata.internal.test:${receiver.port}/x`, ["169.254.169.254"]],
      [`http://intranet.internal.test:${receiver.port}/x`, ["93.184.215.14", "10.0.0.7"]],
      [`http://localhost.internal.test:${receiver.port}/x`, ["::1"]],
    ];
    for (const [url, answers] of targets) {
      await db.webhookEndpoint.update({ where: { id: endpoint.data._id }, data: { url } });
      // Were the check broken, the connection would still only reach our receiver on loopback.
      await deliver(delivery!.id, { replay: true, allowLoopback: false, ...loopbackOnly(answers) });
    }
    expect(receiver.received).toEqual([]);
    const tries = await db.webhookAttempt.findMany({ where: { deliveryId: delivery!.id } });
    expect(tries).toHaveLength(targets.length);
    expect(tries.every((t) => t.statusCode === null && /not a public address/.test(t.error ?? ""))).toBe(true);

    // A public name is let through (dialled to the receiver here); its redirect to the metadata
    // address is answered, not followed.
    await db.webhookEndpoint.update({
      where: { id: endpoint.data._id },
      data: { url: `http://hooks.example.test:${receiver.port}/x` },
    });
    receiver.answers.push({ status: 302, headers: { location: "http://169.254.169.254/latest/meta-data" } });
    await deliver(delivery!.id, { replay: true, allowLoopback: false, ...loopbackOnly(["93.184.215.14"]) });
    expect(receiver.received.map((r) => [r.path, r.headers.host])).toEqual([
      ["/x", `hooks.example.test:${receiver.port}`],
    ]);
    const last = await db.webhookAttempt.findFirstOrThrow({
      where: { deliveryId: delivery!.id },
      orderBy: { createdAt: "desc" },
    });
    expect(last.statusCode).toBe(302);
  });
});
