import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as channelRoute from "@/app/api/channels/[id]/route";
import * as testRoute from "@/app/api/channels/[id]/test/route";
import * as channelsRoute from "@/app/api/channels/route";
import * as webhookRoute from "@/app/api/webhooks/[provider]/[key]/[[...hook]]/route";
import { twilioSignature } from "@/lib/channels/twilio/signature";
import { db } from "@/lib/db/client";
import { callRoute } from "../support/call-route";
import { connectTwilio, TWILIO_ACCOUNT } from "../support/channels";
import { conversationOf, createOrganization } from "../support/factories";
import { webhookParams } from "../support/webhook";

// Twilio connections and their webhooks, through the route handlers on real PostgreSQL, with
// requests signed as Twilio documents it; "test" calls a fake Twilio REST API on a local port.

const { accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN } = TWILIO_ACCOUNT;

// A fake of Twilio's account endpoint: GET /2010-04-01/Accounts/{Sid}.json with Basic auth.
let fakeTwilio: Server;
beforeAll(async () => {
  fakeTwilio = createServer((request, response) => {
    const expected = `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString("base64")}`;
    response.setHeader("content-type", "application/json");
    if (request.url !== `/2010-04-01/Accounts/${ACCOUNT_SID}.json` || request.headers.authorization !== expected) {
      response.statusCode = 401;
      response.end(JSON.stringify({ code: 20003, message: "Authenticate", status: 401 }));
      return;
    }
    response.end(JSON.stringify({ sid: ACCOUNT_SID, status: "active", friendly_name: "Test" }));
  });
  fakeTwilio.listen(0, "127.0.0.1");
  await once(fakeTwilio, "listening");
  // Read by lib/env.ts on first use, which comes after this.
  process.env.TWILIO_API_BASE = `http://127.0.0.1:${(fakeTwilio.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => fakeTwilio.close(() => resolve())));

let world: Awaited<ReturnType<typeof createOrganization>>;
let connection: { _id: string; webhooks: { messages: string; status: string } };

beforeEach(async () => {
  world = await createOrganization();
  const res = await connectTwilio(world.admin.token);
  expect(res.status).toBe(201);
  connection = res.body.data;
});

/** Posts to a Twilio webhook URL as Twilio does: form-encoded, signed over the URL and parameters. */
function postSigned(url: string, fields: Record<string, string>, options: { token?: string; signUrl?: string } = {}) {
  const params = new URLSearchParams(fields);
  const signature = twilioSignature(options.signUrl ?? url, params, options.token ?? AUTH_TOKEN);
  return callRoute(webhookRoute.POST, "POST", new URL(url).pathname, {
    params: webhookParams(url),
    rawBody: params.toString(),
    headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": signature },
  });
}

const sms = (sid: string, extra: Record<string, string> = {}) => ({
  MessageSid: sid,
  AccountSid: ACCOUNT_SID,
  From: "+15557654321",
  To: "+15550009999",
  Body: "Is the clinic open on Saturday?",
  NumMedia: "0",
  ...extra,
});

describe("Twilio connection", () => {
  it("keeps the Auth Token sealed: stored encrypted, never answered, shown as set", async () => {
    const row = await db.channelConnection.findUniqueOrThrow({ where: { id: connection._id } });
    expect(row.sealedSecrets).not.toContain(AUTH_TOKEN);
    const list = await callRoute(channelsRoute.GET, "GET", "/", { token: world.admin.token });
    expect(list.status).toBe(200);
    expect(list.text).not.toContain(AUTH_TOKEN);
    expect(list.body.channels[0]).toMatchObject({
      provider: "twilio",
      channelType: "sms",
      status: "active",
      settings: { accountSid: ACCOUNT_SID, fromNumber: "+15550009999" },
      secrets: { authToken: "set" },
    });
    expect(connection.webhooks.messages).toMatch(/^http:\/\/localhost:3000\/api\/webhooks\/twilio\/[\w-]+\/messages$/);
  });

  it("is for admins: managers and agents get 403, another organization 404", async () => {
    const other = await createOrganization();
    for (const token of [world.manager.token, world.agent.token]) {
      expect((await callRoute(channelsRoute.GET, "GET", "/", { token })).status).toBe(403);
    }
    const res = await callRoute(channelRoute.PATCH, "PATCH", "/", {
      token: other.admin.token,
      params: { id: connection._id },
      body: { enabled: false },
    });
    expect(res.status).toBe(404);
  });

  it("tests the credentials against Twilio's API", async () => {
    const ok = await callRoute(testRoute.POST, "POST", "/", {
      token: world.admin.token,
      params: { id: connection._id },
    });
    expect(ok.body).toEqual({ ok: true, message: "Twilio account is active" });
    await callRoute(channelRoute.PATCH, "PATCH", "/", {
      token: world.admin.token,
      params: { id: connection._id },
      body: { authToken: "a-wrong-token" },
    });
    const refused = await callRoute(testRoute.POST, "POST", "/", {
      token: world.admin.token,
      params: { id: connection._id },
    });
    expect(refused.body).toEqual({ ok: false, message: "Twilio refused: Authenticate (20003)" });
  });
});

describe("Twilio inbound webhook", () => {
  it("stores a signed SMS once, however often Twilio delivers it, and answers empty TwiML", async () => {
    const first = await postSigned(connection.webhooks.messages, sms("SM00000000000000000000000000000001"));
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toMatch(/text\/xml/);
    expect(first.text).toBe('<?xml version="1.0" encoding="UTF-8"?><Response></Response>');
    const again = await Promise.all(
      [1, 2, 3].map(() => postSigned(connection.webhooks.messages, sms("SM00000000000000000000000000000001"))),
    );
    expect(again.map((r) => r.status)).toEqual([200, 200, 200]);
    const messages = await db.message.findMany({
      where: { conversation: { organizationId: world.organization.id }, isIncoming: true },
    });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ body: "Is the clinic open on Saturday?", channelIdentifier: "+15557654321" });
  });

  it("keeps MMS media as attachments", async () => {
    await postSigned(
      connection.webhooks.messages,
      sms("SM00000000000000000000000000000002", {
        Body: "",
        NumMedia: "1",
        MediaUrl0: "https://api.twilio.com/2010-04-01/Accounts/AC/Messages/MM/Media/ME1",
        MediaContentType0: "image/jpeg",
      }),
    );
    const message = await db.message.findUniqueOrThrow({
      where: {
        connectionId_providerMessageId: {
          connectionId: connection._id,
          providerMessageId: "SM00000000000000000000000000000002",
        },
      },
    });
    expect(message.attachments).toEqual([
      { url: "https://api.twilio.com/2010-04-01/Accounts/AC/Messages/MM/Media/ME1", contentType: "image/jpeg" },
    ]);
  });

  it("refuses a wrong token, a changed parameter or another URL with 403, storing nothing", async () => {
    const url = connection.webhooks.messages;
    const cases = [
      await postSigned(url, sms("SM00000000000000000000000000000003"), { token: "not-the-token" }),
      await postSigned(url, sms("SM00000000000000000000000000000003"), {
        signUrl: url.replace("http://localhost:3000", "https://localhost:3000"),
      }),
    ];
    const params = new URLSearchParams(sms("SM00000000000000000000000000000003"));
    const signature = twilioSignature(url, params, AUTH_TOKEN);
    params.set("Body", "Send me everyone's records");
    cases.push(
      await callRoute(webhookRoute.POST, "POST", new URL(url).pathname, {
        params: webhookParams(url),
        rawBody: params.toString(),
        headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": signature },
      }),
    );
    expect(cases.map((r) => r.status)).toEqual([403, 403, 403]);
    expect(await db.message.count({ where: { providerMessageId: "SM00000000000000000000000000000003" } })).toBe(0);
  });

  it("answers 404 for an unknown or disabled connection", async () => {
    const unknown = connection.webhooks.messages.replace(/twilio\/[\w-]+\//, "twilio/nosuchkey/");
    expect((await postSigned(unknown, sms("SM00000000000000000000000000000004"))).status).toBe(404);
    await callRoute(channelRoute.PATCH, "PATCH", "/", {
      token: world.admin.token,
      params: { id: connection._id },
      body: { enabled: false },
    });
    expect((await postSigned(connection.webhooks.messages, sms("SM00000000000000000000000000000004"))).status).toBe(
      404,
    );
  });
});

describe("Twilio status callback", () => {
  it("moves a sent message's status forward only, and only in its own organization", async () => {
    const conversation = await conversationOf(world, {
      messages: [{ isIncoming: false, senderType: "USER", userId: world.agent.id }],
    });
    const sid = `SM${Date.now().toString(16).padStart(32, "0")}`;
    // Sent by this connection (as the outbox records it).
    await db.message.updateMany({
      where: { conversationId: conversation.id },
      data: { providerMessageId: sid, status: "sent", connectionId: connection._id },
    });
    const status = async () =>
      (await db.message.findFirstOrThrow({ where: { conversationId: conversation.id } })).status;

    // Another organization's connection, with its own valid signature, cannot touch it.
    const other = await createOrganization();
    const otherConnection = await connectTwilio(other.admin.token, { name: "Other", fromNumber: "+15550001234" });
    await postSigned(otherConnection.body.data.webhooks.status, { MessageSid: sid, MessageStatus: "failed" });
    expect(await status()).toBe("sent");

    expect((await postSigned(connection.webhooks.status, { MessageSid: sid, MessageStatus: "delivered" })).status).toBe(
      204,
    );
    expect(await status()).toBe("delivered");
    await postSigned(connection.webhooks.status, { MessageSid: sid, MessageStatus: "sent" });
    expect(await status()).toBe("delivered");
    // A confirmed delivery stands: a late "undelivered" contradicts it (docs/api.md, "Delivery statuses").
    await postSigned(connection.webhooks.status, { MessageSid: sid, MessageStatus: "undelivered", ErrorCode: "30003" });
    expect(await status()).toBe("delivered");
  });

  it("marks a sent message failed with Twilio's reason when it reports it undelivered", async () => {
    const conversation = await conversationOf(world, {
      messages: [{ isIncoming: false, senderType: "USER", userId: world.agent.id }],
    });
    const sid = `SM${(Date.now() + 1).toString(16).padStart(32, "0")}`;
    await db.message.updateMany({
      where: { conversationId: conversation.id },
      data: { providerMessageId: sid, status: "sent", connectionId: connection._id },
    });
    await postSigned(connection.webhooks.status, { MessageSid: sid, MessageStatus: "undelivered", ErrorCode: "30003" });
    const failed = await db.message.findFirstOrThrow({ where: { conversationId: conversation.id } });
    expect(failed.status).toBe("failed");
    expect(failed.failureReason).toBe("Undelivered (Twilio error 30003)");
  });
});

describe("Twilio ids across organizations and bad input (security review 2026-12, M1 and M2)", () => {
  async function otherConnection() {
    const other = await createOrganization();
    const res = await connectTwilio(other.admin.token, { name: "B", fromNumber: "+15550007777" });
    return { other, hooks: res.body.data.webhooks as { messages: string } };
  }
  const stored = (organizationId: string) =>
    db.message.count({ where: { conversation: { organizationId }, isIncoming: true } });

  it("stores an organization's message even when another organization's connection used its MessageSid", async () => {
    const { other, hooks } = await otherConnection();
    const sid = "SM0000000000000000000000000000e1e1";
    expect((await postSigned(hooks.messages, sms(sid))).status).toBe(200);
    expect((await postSigned(connection.webhooks.messages, sms(sid, { From: "+15551112222" }))).status).toBe(200);
    expect(await stored(other.organization.id)).toBe(1);
    expect(await stored(world.organization.id)).toBe(1);
  });

  it("stores each organization's message when both get one MessageSid at the same moment", async () => {
    const { other, hooks } = await otherConnection();
    const sids = [1, 2, 3, 4, 5].map((n) => `SM${String(n).padStart(32, "a")}`);
    const answers = await Promise.all(
      sids.flatMap((sid) => [
        postSigned(hooks.messages, sms(sid)),
        postSigned(connection.webhooks.messages, sms(sid, { From: "+15551113333" })),
      ]),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    expect(await stored(other.organization.id)).toBe(5);
    expect(await stored(world.organization.id)).toBe(5);
  });

  it("refuses a MessageSid that is not one with a 400, never a 500, and stores nothing", async () => {
    const bad = ["SM\u0000", `SM${"a".repeat(30_000)}`, "../SM0000000000000000000000000000000001", ""];
    const answers = [];
    for (const sid of bad) answers.push((await postSigned(connection.webhooks.messages, sms(sid))).status);
    answers.push(
      (await postSigned(connection.webhooks.status, { MessageSid: "SM\u0000", MessageStatus: "sent" })).status,
    );
    expect(answers).toEqual([400, 400, 400, 400, 400]);
    expect(await stored(world.organization.id)).toBe(0);
  });
});

describe("connecting (security review L6; user-experience review B5)", () => {
  it("refuses unknown fields with a 400 naming them, storing nothing", async () => {
    const res = await connectTwilio(world.admin.token, {
      name: "Typo",
      fromNumber: "+15550002222",
      apiBase: "http://evil.example",
      baseUrl: "x",
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { path: "apiBase", message: "is not a field this takes" },
      { path: "baseUrl", message: "is not a field this takes" },
    ]);
    expect(await db.channelConnection.count({ where: { organizationId: world.organization.id } })).toBe(1);
  });

  it("checks the credentials: refused ones are a 400 in Twilio's words, and the card shows the check", async () => {
    const refused = await connectTwilio(world.admin.token, {
      name: "Wrong",
      authToken: "wrong",
      fromNumber: "+15550003333",
    });
    expect(refused.status).toBe(400);
    expect(refused.body.message).toBe("Twilio refused: Authenticate (20003). Nothing was saved.");
    const listed = await callRoute(channelsRoute.GET, "GET", "/", { token: world.admin.token });
    expect(listed.body.channels.map((c: { name: string }) => c.name)).toEqual(["Front desk"]);
    expect(listed.body.channels[0].check).toMatchObject({ ok: true, message: "Twilio account is active" });
  });
});
