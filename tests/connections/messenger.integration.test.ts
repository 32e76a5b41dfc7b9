import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as testRoute from "@/app/api/channels/[id]/test/route";
import * as channelsRoute from "@/app/api/channels/route";
import * as replyRoute from "@/app/api/conversation/[id]/messages/route";
import * as webhookRoute from "@/app/api/webhooks/[provider]/[key]/[[...hook]]/route";
import { metaSignature } from "@/lib/channels/messenger/signature";
import { db, pool } from "@/lib/db/client";
import { deliver } from "@/lib/outbox/deliver";
import { callRoute } from "../support/call-route";
import { createOrganization } from "../support/factories";
import { type FakeGraph, startFakeGraph } from "../support/fake-graph";
import { webhookParams } from "../support/webhook";

// A Facebook Page connected for Messenger: the webhook handshake, signed events (messages once per
// mid, receipts), and replies through a fake Graph Send API, within the 24-hour window.

const PAGE_ID = "1029384756";
const PAGE_TOKEN = "page-access-token-0123456789";
const APP_SECRET = "app-secret-0123456789abcdef";

let graph: FakeGraph;
beforeAll(async () => {
  graph = await startFakeGraph({ pageId: PAGE_ID, accessToken: PAGE_TOKEN, pageName: "Northwind" });
  process.env.GRAPH_API_BASE = graph.url; // read by lib/env.ts on first use, after this
});
afterAll(() => graph.stop());

let world: Awaited<ReturnType<typeof createOrganization>>;
let connection: { _id: string; settings: { verifyToken: string }; webhooks: { callback: string } };
let psid: string;

beforeEach(async () => {
  world = await createOrganization();
  const res = await callRoute(channelsRoute.POST, "POST", "/", {
    token: world.admin.token,
    body: {
      provider: "messenger",
      name: "Facebook",
      pageId: PAGE_ID,
      pageAccessToken: PAGE_TOKEN,
      appSecret: APP_SECRET,
    },
  });
  expect(res.status).toBe(201);
  connection = res.body.data;
  psid = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
});

/** What Meta posts: JSON, signed with the App Secret over the raw body. */
function postEvent(messaging: object[], options: { secret?: string; pageId?: string; signedBody?: string } = {}) {
  const raw = JSON.stringify({
    object: "page",
    entry: [{ id: options.pageId ?? PAGE_ID, time: Date.now(), messaging }],
  });
  return callRoute(webhookRoute.POST, "POST", new URL(connection.webhooks.callback).pathname, {
    params: webhookParams(connection.webhooks.callback),
    rawBody: raw,
    headers: {
      "content-type": "application/json",
      "x-hub-signature-256": metaSignature(options.signedBody ?? raw, options.secret ?? APP_SECRET),
    },
  });
}

const text = (mid: string, body: string) => ({
  sender: { id: psid },
  recipient: { id: PAGE_ID },
  timestamp: Date.now(),
  message: { mid, text: body },
});

describe("Messenger connection", () => {
  it("keeps its secrets sealed and answers Meta's handshake only with the verify token it made", async () => {
    const list = await callRoute(channelsRoute.GET, "GET", "/", { token: world.admin.token });
    expect(list.text).not.toContain(PAGE_TOKEN);
    expect(list.text).not.toContain(APP_SECRET);
    expect(list.body.channels[0]).toMatchObject({
      provider: "messenger",
      channelType: "facebook",
      secrets: { pageAccessToken: "set", appSecret: "set" },
    });
    const path = new URL(connection.webhooks.callback).pathname;
    const ok = await callRoute(webhookRoute.GET, "GET", path, {
      params: webhookParams(path),
      query: {
        "hub.mode": "subscribe",
        "hub.verify_token": connection.settings.verifyToken,
        "hub.challenge": "1158201444",
      },
    });
    expect(ok.status).toBe(200);
    expect(ok.text).toBe("1158201444");
    const wrong = await callRoute(webhookRoute.GET, "GET", path, {
      params: webhookParams(path),
      query: { "hub.mode": "subscribe", "hub.verify_token": "guess", "hub.challenge": "1" },
    });
    expect(wrong.status).toBe(403);
    const tested = await callRoute(testRoute.POST, "POST", "/", {
      token: world.admin.token,
      params: { id: connection._id },
    });
    expect(tested.body).toEqual({ ok: true, message: 'Connected to the Page "Northwind"' });
  });
});

describe("Messenger webhook", () => {
  it("stores a signed message once per mid, naming a new contact from the Graph profile", async () => {
    graph.profile(psid, "Lena", "Ortiz");
    const event = text(`m_${psid}_1`, "Do you take walk-ins?");
    for (const _ of [1, 2]) {
      const res = await postEvent([event]);
      expect(res.status).toBe(200);
      expect(res.text).toBe("EVENT_RECEIVED");
    }
    const messages = await db.message.findMany({ where: { channelIdentifier: psid } });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ body: "Do you take walk-ins?", channelType: "facebook", isIncoming: true });
    const contact = await db.contact.findFirstOrThrow({ where: { facebookId: psid } });
    expect(contact.fullName).toBe("Lena Ortiz");
  });

  it("refuses a wrong signature, or a body other than the one signed, with 403; ignores another Page's entries", async () => {
    expect((await postEvent([text(`m_${psid}_2`, "hello")], { secret: "not-the-secret" })).status).toBe(403);
    const other = JSON.stringify({ object: "page", entry: [] });
    expect((await postEvent([text(`m_${psid}_2`, "hello")], { signedBody: other })).status).toBe(403);
    expect((await postEvent([text(`m_${psid}_3`, "hello")], { pageId: "999999999" })).status).toBe(200);
    expect(await db.message.count({ where: { channelIdentifier: psid } })).toBe(0);
  });
});

describe("Messenger replies", () => {
  async function conversationWithContact() {
    await postEvent([text(`m_${psid}_in`, "Hi there")]);
    return db.conversation.findFirstOrThrow({ where: { channelIdentifier: psid } });
  }
  async function replyAndWork(conversationId: string, body: string, attempt = { retryCount: 0, retryLimit: 10 }) {
    const res = await callRoute(replyRoute.POST, "POST", "/", {
      token: world.admin.token,
      params: { id: conversationId },
      body: { body },
    });
    expect(res.body.data.status).toBe("queued");
    const { rows } = await pool().query<{ id: string }>(
      `SELECT id FROM pgboss.job WHERE name = 'outbound' AND data->>'messageId' = $1`,
      [res.body.data._id],
    );
    await deliver({ id: rows[0]!.id, data: { messageId: res.body.data._id }, ...attempt });
    return db.message.findUniqueOrThrow({ where: { id: res.body.data._id } });
  }

  it("sends through the Send API, then delivery and read receipts move the status", async () => {
    const conversation = await conversationWithContact();
    const sent = await replyAndWork(conversation.id, "Yes, until 6pm!");
    expect(graph.sent.filter((m) => m.psid === psid).map((m) => m.text)).toEqual(["Yes, until 6pm!"]);
    expect(sent).toMatchObject({ status: "sent", providerMessageId: graph.sent.at(-1)!.id });

    await postEvent([
      {
        sender: { id: psid },
        recipient: { id: PAGE_ID },
        delivery: { mids: [sent.providerMessageId], watermark: Date.now() },
      },
    ]);
    expect((await db.message.findUniqueOrThrow({ where: { id: sent.id } })).status).toBe("delivered");
    await postEvent([{ sender: { id: psid }, recipient: { id: PAGE_ID }, read: { watermark: Date.now() + 1000 } }]);
    expect((await db.message.findUniqueOrThrow({ where: { id: sent.id } })).status).toBe("read");
  });

  it("refuses past the 24-hour window without calling Meta, and takes Meta's refusal as final", async () => {
    const conversation = await conversationWithContact();
    await db.conversation.update({
      where: { id: conversation.id },
      data: { lastIncomingAt: new Date(Date.now() - 25 * 60 * 60 * 1000) },
    });
    const late = await replyAndWork(conversation.id, "Sorry for the wait");
    expect(late).toMatchObject({ status: "failed", failureReason: expect.stringMatching(/24-hour window/) });
    expect(graph.sent.filter((m) => m.psid === psid)).toHaveLength(0);

    await db.conversation.update({ where: { id: conversation.id }, data: { lastIncomingAt: new Date() } });
    graph.closeWindow(psid);
    const refused = await replyAndWork(conversation.id, "Still there?");
    expect(refused).toMatchObject({
      status: "failed",
      failureReason: "(#10) This message is sent outside of allowed window. (Graph error 10)",
    });
  });

  it("after a crash mid-send, finds the message Meta already took instead of sending it again", async () => {
    const conversation = await conversationWithContact();
    const res = await callRoute(replyRoute.POST, "POST", "/", {
      token: world.admin.token,
      params: { id: conversation.id },
      body: { body: "Sent before the crash" },
    });
    const messageId = res.body.data._id;
    await db.message.update({ where: { id: messageId }, data: { sendingSince: new Date(Date.now() - 2000) } });
    graph.sent.push({
      id: "m_crashed",
      psid,
      text: "Sent before the crash",
      created_time: `${new Date().toISOString().slice(0, 19)}+0000`,
    });
    await deliver({ id: "job", data: { messageId }, retryCount: 1, retryLimit: 10 });
    expect(graph.sent.filter((m) => m.psid === psid && m.text === "Sent before the crash")).toHaveLength(1);
    expect(await db.message.findUniqueOrThrow({ where: { id: messageId } })).toMatchObject({
      status: "sent",
      providerMessageId: "m_crashed",
    });
  });
});

describe("Messenger webhook input (security review 2026-12, M2 and L2)", () => {
  it("refuses ids and watermarks it cannot store with a 400, never a 500, and stores nothing", async () => {
    const cases = [
      [text("m_\u0000nul", "NUL in a mid")],
      [text("x".repeat(30_000), "a mid of 30,000 characters")],
      [{ sender: { id: psid }, recipient: { id: PAGE_ID }, delivery: { watermark: 1e20 } }],
      [{ sender: { id: psid }, recipient: { id: PAGE_ID }, read: { watermark: -1e300 } }],
      [{ sender: { id: `${psid}\u0000` }, recipient: { id: PAGE_ID }, message: { mid: "m_ok", text: "hi" } }],
    ];
    const statuses = [];
    for (const messaging of cases) statuses.push((await postEvent(messaging)).status);
    expect(statuses).toEqual([400, 400, 400, 400, 400]);
    expect(await db.message.count({ where: { conversation: { organizationId: world.organization.id } } })).toBe(0);
  });

  it("never lets a sender id steer the Graph API path that carries the Page token", async () => {
    const before = graph.requested.length;
    const res = await postEvent([
      {
        sender: { id: "../../../ssrf-canary?x=" },
        recipient: { id: PAGE_ID },
        message: { mid: "m_canary", text: "hello" },
      },
    ]);
    expect(res.status).toBe(400);
    expect(graph.requested.slice(before)).toEqual([]);
  });
});
