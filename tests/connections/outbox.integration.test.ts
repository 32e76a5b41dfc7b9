import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as channelsRoute from "@/app/api/channels/route";
import * as retryRoute from "@/app/api/conversation/[id]/messages/[messageId]/retry/route";
import * as replyRoute from "@/app/api/conversation/[id]/messages/route";
import * as messagesRoute from "@/app/api/conversation/messages/route";
import { db, pool } from "@/lib/db/client";
import { deliver } from "@/lib/outbox/deliver";
import { callRoute } from "../support/call-route";
import { conversationOf, createOrganization } from "../support/factories";
import { type FakeTwilio, startFakeTwilio } from "../support/fake-twilio";

// Replies through a connected Twilio number: committed with their job, sent by the outbound worker
// to a fake Twilio, exactly once. The worker's function is called here as the queue would call it.

const ACCOUNT_SID = `AC${"b2".repeat(16)}`;
const AUTH_TOKEN = "outbox-auth-token-0123456789abcdef";
const FROM = "+15550007777";

let twilio: FakeTwilio;
beforeAll(async () => {
  twilio = await startFakeTwilio({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
  process.env.TWILIO_API_BASE = twilio.url; // read by lib/env.ts on first use, after this
});
afterAll(() => twilio.stop());

let world: Awaited<ReturnType<typeof createOrganization>>;
let conversationId: string;
let to: string;

beforeEach(async () => {
  world = await createOrganization();
  const connected = await callRoute(channelsRoute.POST, "POST", "/", {
    token: world.admin.token,
    body: { provider: "twilio", name: "Main line", accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, fromNumber: FROM },
  });
  expect(connected.status).toBe(201);
  const conversation = await conversationOf(world, { ownerId: world.agent.id });
  conversationId = conversation.id;
  to = conversation.channelIdentifier;
});

const reply = (body: string, headers: Record<string, string> = {}) =>
  callRoute(replyRoute.POST, "POST", "/", {
    token: world.agent.token,
    params: { id: conversationId },
    body: { body },
    headers,
  });

/** The outbound jobs waiting for this message, as pg-boss keeps them. */
async function jobsFor(messageId: string) {
  const { rows } = await pool().query<{ id: string; retry_count: number; retry_limit: number }>(
    `SELECT id, retry_count, retry_limit FROM pgboss.job WHERE name = 'outbound' AND data->>'messageId' = $1`,
    [messageId],
  );
  return rows;
}

/** Works a message's job the way the worker does, once. */
async function work(messageId: string, attempt = { retryCount: 0, retryLimit: 10 }) {
  const [job] = await jobsFor(messageId);
  expect(job).toBeDefined();
  return deliver({ id: job!.id, data: { messageId }, ...attempt });
}

const sentTo = (body: string) => twilio.messages.filter((m) => m.to === to && m.body === body);

describe("the outbox", () => {
  it("stores the reply queued with its job, and the worker sends it once through Twilio", async () => {
    const res = await reply("Your appointment is confirmed");
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ status: "queued", body: "Your appointment is confirmed" });
    expect(sentTo("Your appointment is confirmed")).toHaveLength(0); // nothing left the process yet
    const messageId = res.body.data._id;
    expect(await jobsFor(messageId)).toHaveLength(1);

    await work(messageId);
    await work(messageId); // a duplicate run finds it settled
    expect(sentTo("Your appointment is confirmed")).toEqual([expect.objectContaining({ from: FROM })]);
    const stored = await db.message.findUniqueOrThrow({ where: { id: messageId } });
    expect(stored).toMatchObject({
      status: "sent",
      providerMessageId: sentTo("Your appointment is confirmed")[0]!.sid,
    });
  });

  it("after a crash between Twilio taking a message and recording it, asks Twilio instead of sending again", async () => {
    const res = await reply("Sent before the crash");
    const messageId = res.body.data._id;
    // The state a worker killed mid-send leaves: Twilio took it; we only recorded that we began.
    await db.message.update({ where: { id: messageId }, data: { sendingSince: new Date(Date.now() - 2000) } });
    twilio.messages.push({
      sid: "SMcrashed00000000000000000000000",
      to,
      from: FROM,
      body: "Sent before the crash",
      num_media: "0",
      media: [],
      date_created: new Date().toUTCString().replace("GMT", "+0000"),
    });
    await work(messageId, { retryCount: 1, retryLimit: 10 });
    expect(sentTo("Sent before the crash")).toHaveLength(1);
    expect(await db.message.findUniqueOrThrow({ where: { id: messageId } })).toMatchObject({
      status: "sent",
      providerMessageId: "SMcrashed00000000000000000000000",
    });
  });

  it("retries through an outage, and marks a refusal failed with Twilio's reason", async () => {
    const res = await reply("Through the outage");
    twilio.failNext(1);
    await expect(work(res.body.data._id)).rejects.toThrow(/Service unavailable/);
    expect((await db.message.findUniqueOrThrow({ where: { id: res.body.data._id } })).status).toBe("queued");
    await work(res.body.data._id, { retryCount: 1, retryLimit: 10 });
    expect(sentTo("Through the outage")).toHaveLength(1);

    twilio.refuse(to, 21610, "Attempt to send to unsubscribed recipient");
    const refused = await reply("To someone who opted out");
    await work(refused.body.data._id);
    expect(await db.message.findUniqueOrThrow({ where: { id: refused.body.data._id } })).toMatchObject({
      status: "failed",
      failureReason: "Attempt to send to unsubscribed recipient (Twilio error 21610)",
    });
    // The timeline says why, and Retry sends it once the recipient can be reached.
    const thread = await callRoute(messagesRoute.POST, "POST", "/", {
      token: world.agent.token,
      body: { conversationId },
    });
    const failed = thread.body.messages.find((m: { _id: string }) => m._id === refused.body.data._id);
    expect(failed).toMatchObject({
      status: "failed",
      failureReason: "Attempt to send to unsubscribed recipient (Twilio error 21610)",
    });
    twilio.stopRefusing(to);
    const retried = await callRoute(retryRoute.POST, "POST", "/", {
      token: world.agent.token,
      params: { id: conversationId, messageId: refused.body.data._id },
    });
    expect(retried.status).toBe(200);
    expect(retried.body.data.status).toBe("queued");
    expect(retried.body.data).not.toHaveProperty("failureReason");
    expect(await jobsFor(refused.body.data._id)).toHaveLength(2);
    const [, second] = await jobsFor(refused.body.data._id);
    await deliver({ id: second!.id, data: { messageId: refused.body.data._id }, retryCount: 0, retryLimit: 10 });
    expect(sentTo("To someone who opted out")).toHaveLength(1);
    const again = await callRoute(retryRoute.POST, "POST", "/", {
      token: world.agent.token,
      params: { id: conversationId, messageId: refused.body.data._id },
    });
    expect(again.status).toBe(404); // sent now: nothing to retry
  });

  it("with one Idempotency-Key, 20 parallel retries of a reply make one message and one job", async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () => reply("Only once, please", { "idempotency-key": "k-123" })),
    );
    expect(new Set(results.map((r) => r.status))).toEqual(new Set([201]));
    expect(new Set(results.map((r) => r.body.data._id)).size).toBe(1);
    expect(results.filter((r) => r.headers.get("idempotent-replayed") === "true")).toHaveLength(19);
    expect(await db.message.count({ where: { conversationId, body: "Only once, please" } })).toBe(1);
    expect(await jobsFor(results[0]!.body.data._id)).toHaveLength(1);
    const reused = await reply("A different reply", { "idempotency-key": "k-123" });
    expect(reused.status).toBe(409);
  });

  it("replays a keyed reply only while its author may still read the conversation (security review L4)", async () => {
    const first = await reply("Keyed", { "idempotency-key": "k-gone" });
    expect(first.status).toBe(201);
    // The conversation is handed to someone else: the agent no longer owns it, nor is assigned.
    await db.conversation.update({ where: { id: conversationId }, data: { userId: world.otherAgent.id } });
    const replay = await reply("Keyed", { "idempotency-key": "k-gone" });
    expect(replay.status).toBe(404);
    expect(replay.body).toEqual({ message: "Conversation not found" });
  });
});
