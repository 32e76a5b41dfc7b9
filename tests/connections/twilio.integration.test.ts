import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as channelRoute from "@/app/api/channels/[id]/route";
import * as testRoute from "@/app/api/channels/[id]/test/route";
import * as channelsRoute from "@/app/api/channels/route";
import * as twilioMessages from "@/app/api/webhooks/twilio/[key]/messages/route";
import * as twilioStatus from "@/app/api/webhooks/twilio/[key]/status/route";
import { twilioSignature } from "@/lib/connections/twilio/signature";
import { db } from "@/lib/db/client";
import { callRoute } from "../support/call-route";
import { createConversation, createOrganization } from "../support/factories";

/** The route param Next.js gives the handler for a webhook URL (/api/webhooks/<provider>/<key>/…). */
const routeOf = (url: string) => ({ key: new URL(url, "http://localhost").pathname.split("/")[4]! });

// Twilio connections and their webhooks, through the route handlers on real PostgreSQL, with
// requests signed as Twilio documents it; "test" calls a fake Twilio REST API on a local port.

const ACCOUNT_SID = `AC${"a1".repeat(16)}`;
const AUTH_TOKEN = "twilio-auth-token-0123456789abcdef";

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
  const res = await callRoute(channelsRoute.POST, "POST", "/", {
    token: world.admin.token,
    body: {
      provider: "twilio",
      name: "Front desk",
      accountSid: ACCOUNT_SID,
      authToken: AUTH_TOKEN,
      fromNumber: "+15550009999",
    },
  });
  expect(res.status).toBe(201);
  connection = res.body.data;
});

/** Posts to a Twilio webhook URL as Twilio does: form-encoded, signed over the URL and parameters. */
function postSigned(url: string, fields: Record<string, string>, options: { token?: string; signUrl?: string } = {}) {
  const params = new URLSearchParams(fields);
  const signature = twilioSignature(options.signUrl ?? url, params, options.token ?? AUTH_TOKEN);
  const route = url.endsWith("/messages") ? twilioMessages.POST : twilioStatus.POST;
  return callRoute(route, "POST", new URL(url).pathname, {
    params: routeOf(url),
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
      where: { providerMessageId: "SM00000000000000000000000000000002" },
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
      await callRoute(twilioMessages.POST, "POST", new URL(url).pathname, {
        params: routeOf(url),
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
    const conversation = await createConversation({
      organizationId: world.organization.id,
      contactId: world.contact.id,
      messages: [{ isIncoming: false, senderType: "USER", userId: world.agent.id }],
    });
    const sid = `SM${Date.now()}00000000000000000`;
    await db.message.updateMany({
      where: { conversationId: conversation.id },
      data: { providerMessageId: sid, status: "sent" },
    });
    const status = async () =>
      (await db.message.findFirstOrThrow({ where: { conversationId: conversation.id } })).status;

    // Another organization's connection, with its own valid signature, cannot touch it.
    const other = await createOrganization();
    const otherConnection = await callRoute(channelsRoute.POST, "POST", "/", {
      token: other.admin.token,
      body: {
        provider: "twilio",
        name: "Other",
        accountSid: ACCOUNT_SID,
        authToken: AUTH_TOKEN,
        fromNumber: "+15550001234",
      },
    });
    await postSigned(otherConnection.body.data.webhooks.status, { MessageSid: sid, MessageStatus: "failed" });
    expect(await status()).toBe("sent");

    expect((await postSigned(connection.webhooks.status, { MessageSid: sid, MessageStatus: "delivered" })).status).toBe(
      204,
    );
    expect(await status()).toBe("delivered");
    await postSigned(connection.webhooks.status, { MessageSid: sid, MessageStatus: "sent" });
    expect(await status()).toBe("delivered");
    await postSigned(connection.webhooks.status, { MessageSid: sid, MessageStatus: "undelivered", ErrorCode: "30003" });
    expect(await status()).toBe("failed");
    const failed = await db.message.findFirstOrThrow({ where: { conversationId: conversation.id } });
    expect(failed.failureReason).toBe("Undelivered (Twilio error 30003)");
  });
});
