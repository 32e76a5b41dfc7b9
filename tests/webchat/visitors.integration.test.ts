import { afterAll, beforeEach, describe, expect, it } from "vitest";
import * as attachmentRoute from "@/app/api/attachments/[id]/route";
import * as channelRoute from "@/app/api/channels/[id]/route";
import * as channelsRoute from "@/app/api/channels/route";
import * as replyRoute from "@/app/api/conversation/[id]/messages/route";
import * as presenceRoute from "@/app/api/conversation/[id]/presence/route";
import * as conversationRoute from "@/app/api/conversation/[id]/route";
import * as messagesRoute from "@/app/api/conversation/messages/route";
import * as seenRoute from "@/app/api/conversation/seen/route";
import * as inboxRoute from "@/app/api/inbox/route";
import * as organizationRoute from "@/app/api/organization/route";
import { visitorMessageSchema } from "@/lib/channels/webchat/visitor-json";
import { db } from "@/lib/db/client";
import { eventHub } from "@/lib/events/hub";
import { callRoute } from "../support/call-route";
import { createOrganization } from "../support/factories";
import {
  connectWidget,
  identityToken,
  PAGE,
  PNG,
  upload,
  visit,
  visitorEvents,
  WEBSITE,
  type Widget,
  widget,
  workOutbound,
  write,
} from "./support";

// The webchat widget's visitor endpoints (lib/channels/webchat), through the route Next.js serves
// them from, on real PostgreSQL: a website's visitor writes, agents answer from the inbox through
// the outbox, and the visitor hears it on their own event stream. What a visitor can reach, and
// cannot, is tests/webchat/access.

afterAll(() => eventHub().stop());

let world: Awaited<ReturnType<typeof createOrganization>>;
let chat: Widget;
beforeEach(async () => {
  world = await createOrganization();
  chat = await connectWidget(world.admin.token);
});

const agentReply = async (conversationId: string, body: string) => {
  const res = await callRoute(replyRoute.POST, "POST", "/", {
    token: world.admin.token,
    params: { id: conversationId },
    body: { body },
  });
  expect(res.status).toBe(201);
  return res.body.data;
};

describe("connecting a widget", () => {
  it("shows the identity secret once, the embed snippet and CSP lines, and never the secret again", async () => {
    const res = await callRoute(channelsRoute.POST, "POST", "/", {
      token: world.admin.token,
      body: {
        provider: "webchat",
        name: "Docs site",
        allowedOrigins: ["https://docs.example/", "https://*.example.org"],
      },
    });
    expect(res.status).toBe(201);
    const { data } = res.body;
    expect(data.shownOnce.identitySecret).toMatch(/^[\w-]{43}$/);
    expect(data.settings.allowedOrigins).toEqual(["https://docs.example", "https://*.example.org"]);
    expect(data.embed.snippet).toBe(
      `<script src="http://localhost:3000/widget.js" data-webchat="${data.embed.publicId}" async></script>`,
    );
    expect(data.embed.csp).toEqual([
      "script-src http://localhost:3000",
      "connect-src http://localhost:3000",
      "frame-src http://localhost:3000",
    ]);
    const list = await callRoute(channelsRoute.GET, "GET", "/", { token: world.admin.token });
    expect(list.text).not.toContain(data.shownOnce.identitySecret);
    expect(list.body.channels.find((c: { _id: string }) => c._id === data._id).secrets).toEqual({
      identitySecret: "set",
    });
  });

  it("refuses an origin that is not one, and settings it does not take", async () => {
    const res = await callRoute(channelsRoute.POST, "POST", "/", {
      token: world.admin.token,
      body: { provider: "webchat", name: "W", allowedOrigins: ["https://example.com/page"], colour: "red" },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { path: "allowedOrigins.0", message: expect.stringContaining("must be an origin") },
        { path: "colour", message: "is not a field this takes" },
      ]),
    );
  });

  it("a new identity secret is shown once, and the old one verifies nobody from then on", async () => {
    const before = await identityToken(chat.identitySecret, { sub: "u-1" });
    const rotated = await callRoute(channelRoute.PATCH, "PATCH", "/", {
      token: world.admin.token,
      params: { id: chat._id },
      body: { rotateIdentitySecret: true },
    });
    expect(rotated.status).toBe(200);
    const secret = rotated.body.data.shownOnce.identitySecret;
    expect(secret).not.toBe(chat.identitySecret);
    expect((await widget("POST", chat.publicId, "session", { body: { identity: before } })).status).toBe(401);
    const after = await identityToken(secret, { sub: "u-1" });
    expect((await widget("POST", chat.publicId, "session", { body: { identity: after } })).status).toBe(200);
  });
});

describe("a visitor's conversation", () => {
  it("arrives in the inbox as webchat with the visitor's page and browser, and the reply reaches the visitor", async () => {
    const token = await visit(chat.publicId);
    const sent = await write(chat.publicId, token, "Do you ship to Canada?", {
      context: { url: PAGE, title: "Pricing" },
    });
    expect(sent.status).toBe(201);
    expect(visitorMessageSchema.parse(sent.body.data)).toMatchObject({ from: "visitor", status: "sent", agent: null });

    const inbox = await callRoute(inboxRoute.GET, "GET", "/", { token: world.admin.token });
    const row = inbox.body.conversations.find((c: { channelType: string }) => c.channelType === "webchat");
    expect(row).toMatchObject({ isUpdated: true, contact: { fullName: expect.stringMatching(/^Website visitor /) } });
    const conversation = await callRoute(conversationRoute.GET, "GET", "/", {
      token: world.admin.token,
      params: { id: row._id },
    });
    expect(conversation.body.data.visitor).toEqual({ url: PAGE, title: "Pricing", browser: undefined });

    const events = await visitorEvents(chat.publicId, token);
    const reply = await agentReply(row._id, "Yes, in 5 days.");
    expect(reply.status).toBe("queued");
    await workOutbound(reply._id);
    await events.readUntil((event) => event.event === "message");
    events.close();

    const page = await widget("GET", chat.publicId, "messages", { token });
    expect(page.status).toBe(200);
    expect(page.body.messages.map((m: { body: string }) => m.body)).toEqual([
      "Do you ship to Canada?",
      "Yes, in 5 days.",
    ]);
    const answer = visitorMessageSchema.parse(page.body.messages[1]);
    expect(answer).toMatchObject({ from: "agent", agent: { name: world.admin.fullName }, status: null });
    // Nothing internal: no agent's email or id, no organization, no assignees.
    for (const secret of [world.admin.email, world.admin.id, world.organization.id, row._id]) {
      expect(page.text).not.toContain(secret);
    }

    // The visitor read it: the agent sees it read. An agent read the thread: the visitor sees "seen".
    expect((await widget("POST", chat.publicId, "read", { token })).status).toBe(200);
    expect((await db.message.findUniqueOrThrow({ where: { id: reply._id } })).status).toBe("read");
    await callRoute(seenRoute.POST, "POST", "/", { token: world.admin.token, body: { conversationId: row._id } });
    const again = await widget("GET", chat.publicId, "messages", { token });
    expect(again.body.messages[0].status).toBe("seen");
    expect(again.body.seenUntil).toEqual(expect.any(String));
  });

  it("hears an agent typing and the conversation seen, never a system stamp or a queued reply", async () => {
    const token = await visit(chat.publicId);
    // The stream first, and their own message heard on it: opened after it, the stream could hear
    // of that message or not, as the live events' listener happened to have it already or not.
    const events = await visitorEvents(chat.publicId, token);
    await write(chat.publicId, token, "Hello?");
    expect((await events.readUntil((event) => event.event === "message")).map((e) => e.event)).toEqual(["message"]);
    const conversation = await db.conversation.findFirstOrThrow({ where: { organizationId: world.organization.id } });
    await db.message.create({
      data: {
        conversationId: conversation.id,
        isIncoming: false,
        body: "Internal: routed to sales",
        channelType: "webchat",
        channelIdentifier: conversation.channelIdentifier,
        status: "sent",
        senderType: "SYSTEM",
      },
    });
    const queued = await agentReply(conversation.id, "One moment");
    await callRoute(presenceRoute.POST, "POST", "/", {
      token: world.admin.token,
      params: { id: conversation.id },
      body: { state: "typing" },
    });
    const heard = await events.readUntil((event) => event.event === "typing");
    // Replying, the agent read the thread (seen); the reply itself is not heard until it is sent.
    expect(heard.map((e) => e.event)).toEqual(["seen", "typing"]);
    expect(heard[1]?.data).toEqual({ name: world.admin.fullName, typing: true });
    await workOutbound(queued._id);
    await callRoute(seenRoute.POST, "POST", "/", {
      token: world.admin.token,
      body: { conversationId: conversation.id },
    });
    const rest = await events.readUntil((event) => event.event === "seen");
    expect(rest.map((e) => e.event)).toEqual(["message", "seen"]);
    events.close();
    const page = await widget("GET", chat.publicId, "messages", { token });
    expect(page.body.messages.map((m: { body: string }) => m.body)).toEqual(["Hello?", "One moment"]);
  });

  it("pages back through history by keyset, and reads what is new after a message", async () => {
    const token = await visit(chat.publicId);
    for (let i = 0; i < 5; i++) expect((await write(chat.publicId, token, `m${i}`)).status).toBe(201);
    const latest = await widget("GET", chat.publicId, "messages", { token, query: { limit: "2" } });
    expect(latest.body).toMatchObject({ hasMore: true });
    expect(latest.body.messages.map((m: { body: string }) => m.body)).toEqual(["m3", "m4"]);
    const older = await widget("GET", chat.publicId, "messages", {
      token,
      query: { limit: "2", before: latest.body.messages[0].id },
    });
    expect(older.body.messages.map((m: { body: string }) => m.body)).toEqual(["m1", "m2"]);
    const newer = await widget("GET", chat.publicId, "messages", {
      token,
      query: { after: older.body.messages[1].id },
    });
    expect(newer.body).toMatchObject({ hasMore: false });
    expect(newer.body.messages.map((m: { body: string }) => m.body)).toEqual(["m3", "m4"]);
    const both = await widget("GET", chat.publicId, "messages", {
      token,
      query: { after: "a".repeat(24), before: "b".repeat(24) },
    });
    expect(both.status).toBe(400);
  });

  it("makes one message of a send retried with its clientId, and reopens a resolved conversation", async () => {
    const token = await visit(chat.publicId);
    const body = { body: "Twice?", clientId: "retried-send-0001" };
    const [first, second] = await Promise.all([
      widget("POST", chat.publicId, "messages", { token, body }),
      widget("POST", chat.publicId, "messages", { token, body }),
    ]);
    expect(first.body.data.id).toBe(second.body.data.id);
    const conversation = await db.conversation.findFirstOrThrow({ where: { organizationId: world.organization.id } });
    expect(conversation.messageCount).toBe(1);
    await db.conversation.update({
      where: { id: conversation.id },
      data: { isResolved: true, resolvedAt: new Date() },
    });
    await write(chat.publicId, token, "Still there?");
    expect((await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).isResolved).toBe(false);
  });

  it("asks for an email first when the widget says so, and keeps it on the contact", async () => {
    const strict = await connectWidget(world.admin.token, { askForContact: true });
    const token = await visit(strict.publicId);
    const refused = await write(strict.publicId, token, "Hi");
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([{ path: "contact.email", message: "is required before the first message" }]);
    const sent = await write(strict.publicId, token, "Hi", { contact: { name: "Grace", email: "grace@example.com" } });
    expect(sent.status).toBe(201);
    expect((await write(strict.publicId, token, "And again")).status).toBe(201);
    const contact = await db.contact.findFirstOrThrow({
      where: { organizationId: world.organization.id, email: "grace@example.com" },
    });
    expect(contact.fullName).toBe("Grace");
  });
});

describe("identified visitors", () => {
  it("are the same contact and conversation on any device, known by the website's email", async () => {
    await db.contact.update({ where: { id: world.contact.id }, data: { email: "ada@customer.example" } });
    const identity = await identityToken(chat.identitySecret, {
      sub: "customer-42",
      email: "ada@customer.example",
      name: "Ada Customer",
    });
    const laptop = await visit(chat.publicId, { identity });
    await write(chat.publicId, laptop, "From my laptop");
    const phone = await visit(chat.publicId, { identity });
    await write(chat.publicId, phone, "From my phone");
    const page = await widget("GET", chat.publicId, "messages", { token: phone });
    expect(page.body.messages.map((m: { body: string }) => m.body)).toEqual(["From my laptop", "From my phone"]);
    const conversations = await db.conversation.findMany({
      where: { organizationId: world.organization.id, channelType: "webchat" },
    });
    expect(conversations).toHaveLength(1);
    expect(conversations[0]).toMatchObject({ channelIdentifier: "user:customer-42", contactId: world.contact.id });
  });

  it("an expired, forged or unsigned identity is refused with its reason, and joins nothing", async () => {
    const expired = await identityToken(chat.identitySecret, { sub: "u" }, Math.floor(Date.now() / 1000) - 120);
    const forged = await identityToken("not-the-identity-secret-at-all-000000", { sub: "u" });
    const noExpiry = await new (await import("jose")).SignJWT({ sub: "u" })
      .setProtectedHeader({ alg: "HS256" })
      .sign(new TextEncoder().encode(chat.identitySecret));
    const unsigned = `${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from('{"sub":"u","exp":9999999999}').toString("base64url")}.`;
    const cases: [string, RegExp][] = [
      [expired, /expired/],
      [forged, /signature does not match/],
      [noExpiry, /"exp" claim/],
      [unsigned, /signed with HS256/],
      ["not a jwt", /signed with HS256/],
    ];
    for (const [identity, reason] of cases) {
      const res = await widget("POST", chat.publicId, "session", { body: { identity } });
      expect(res.status).toBe(401);
      expect(res.body.message).toMatch(reason);
    }
    expect(
      await db.conversation.count({ where: { organizationId: world.organization.id, channelType: "webchat" } }),
    ).toBe(0);
  });

  it("a widget that requires identity takes no anonymous message at all, even with a token from before", async () => {
    const anonymous = await visit(chat.publicId);
    await callRoute(channelRoute.PATCH, "PATCH", "/", {
      token: world.admin.token,
      params: { id: chat._id },
      body: { requireIdentity: true },
    });
    expect((await widget("POST", chat.publicId, "session", { body: {} })).status).toBe(401);
    expect((await widget("POST", chat.publicId, "session", { body: { token: anonymous } })).status).toBe(401);
    expect((await write(chat.publicId, anonymous, "Let me in")).status).toBe(401);
    expect((await widget("GET", chat.publicId, "events", { token: anonymous })).status).toBe(401);
    const identity = await identityToken(chat.identitySecret, { sub: "member-1" });
    const member = await visit(chat.publicId, { identity });
    expect((await write(chat.publicId, member, "Signed in")).status).toBe(201);
  });
});

describe("images", () => {
  it("are sniffed from their bytes, sent with a message, and served to the visitor and to the agents who may read it", async () => {
    const token = await visit(chat.publicId);
    const uploaded = await upload(chat.publicId, token, PNG, "../../etc/screenshot.png", "text/html");
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.data).toEqual({
      id: expect.any(String),
      name: "screenshot.png",
      contentType: "image/png",
      size: PNG.length,
    });
    const id = uploaded.body.data.id;
    const sent = await write(chat.publicId, token, "", { attachments: [id] });
    expect(sent.status).toBe(201);
    expect(sent.body.data.attachments).toEqual([uploaded.body.data]);
    expect((await write(chat.publicId, token, "again", { attachments: [id] })).status).toBe(400); // sent already

    const mine = await widget("GET", chat.publicId, `uploads/${id}`, { token });
    expect(mine.status).toBe(200);
    expect(mine.headers.get("content-type")).toBe("image/png");
    expect(mine.headers.get("x-content-type-options")).toBe("nosniff");
    const someoneElse = await visit(chat.publicId);
    expect((await widget("GET", chat.publicId, `uploads/${id}`, { token: someoneElse })).status).toBe(404);

    const conversation = await db.conversation.findFirstOrThrow({ where: { organizationId: world.organization.id } });
    const thread = await callRoute(messagesRoute.POST, "POST", "/", {
      token: world.admin.token,
      body: { conversationId: conversation.id },
    });
    expect(thread.body.messages[0].attachments).toEqual([
      { url: `/api/attachments/${id}`, name: "screenshot.png", contentType: "image/png", size: PNG.length, upload: id },
    ]);
    const forAgent = await callRoute(attachmentRoute.GET, "GET", "/", { token: world.admin.token, params: { id } });
    expect(forAgent.status).toBe(200);
    for (const stranger of [world.agent.token, (await createOrganization()).admin.token]) {
      expect((await callRoute(attachmentRoute.GET, "GET", "/", { token: stranger, params: { id } })).status).toBe(404);
    }
  });

  it("refuses what is not a PNG, JPEG, GIF or WebP whatever it is called, and what is over 5 MB", async () => {
    const token = await visit(chat.publicId);
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    for (const body of [svg, Buffer.from("just text"), Buffer.from("%PDF-1.7\n")]) {
      const res = await upload(chat.publicId, token, body, "cat.png", "image/png");
      expect(res.status).toBe(415);
      expect(res.body.message).toBe("The chat takes only PNG, JPEG, GIF, WebP files");
    }
    const huge = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]);
    expect((await widget("POST", chat.publicId, "uploads", { token, rawBody: huge })).status).toBe(413);
    expect(await db.upload.count({ where: { organizationId: world.organization.id } })).toBe(0);
  });
});

describe("limits", () => {
  it("holds a visitor to 30 messages a minute under parallel sends", async () => {
    const token = await visit(chat.publicId);
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => write(chat.publicId, token, `flood ${i}`)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(30);
    const refused = results.filter((r) => r.status === 429);
    expect(refused).toHaveLength(10);
    expect(Number(refused[0]?.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("limits new visitors per client address, and refuses bodies past 16 KiB", async () => {
    const results = await Promise.all(
      Array.from({ length: 70 }, () =>
        widget("POST", chat.publicId, "session", { body: {}, headers: { "x-forwarded-for": "203.0.113.77" } }),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(60);
    const token = await visit(chat.publicId);
    const big = await widget("POST", chat.publicId, "messages", {
      token,
      rawBody: JSON.stringify({ body: "x".repeat(17_000), clientId: "big-message-01" }),
      headers: { "content-type": "application/json" },
    });
    expect(big.status).toBe(413);
  });
});

describe("the website's origin", () => {
  it("answers an allowed website with CORS, refuses any other without it, and a disabled widget is gone", async () => {
    const allowed = await widget("GET", chat.publicId, "config");
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("access-control-allow-origin")).toBe(WEBSITE);
    expect(allowed.body).toEqual({
      title: world.organization.name,
      greeting: "Hi! How can we help?",
      accentColor: "#1d4ed8",
      askForContact: false,
      open: true,
      offlineMessage: expect.any(String),
      requireIdentity: false,
    });
    const preflight = await widget("OPTIONS", chat.publicId, "messages");
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-headers")).toBe("authorization, content-type");

    for (const origin of ["https://evil.example", "http://shop.example", "https://shop.example.evil.example", "null"]) {
      const refused = await widget("GET", chat.publicId, "config", { origin });
      expect(refused.status).toBe(403);
      expect(refused.headers.get("access-control-allow-origin")).toBeNull();
    }
    const crossSite = await widget("GET", chat.publicId, "config", {
      origin: null,
      headers: { "sec-fetch-site": "cross-site" },
    });
    expect(crossSite.status).toBe(403);
    // The panel is on our own origin.
    expect((await widget("GET", chat.publicId, "config", { origin: "http://localhost:3000" })).status).toBe(200);

    const token = await visit(chat.publicId);
    await callRoute(channelRoute.PATCH, "PATCH", "/", {
      token: world.admin.token,
      params: { id: chat._id },
      body: { enabled: false },
    });
    expect((await widget("GET", chat.publicId, "config")).status).toBe(404);
    expect((await write(chat.publicId, token, "Anyone?")).status).toBe(404);
  });

  it("is closed outside business hours in the organization's time zone, which its admin sets", async () => {
    const closedEveryDay = Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, null]));
    await callRoute(channelRoute.PATCH, "PATCH", "/", {
      token: world.admin.token,
      params: { id: chat._id },
      body: { businessHours: closedEveryDay, offlineMessage: "Back on Monday" },
    });
    const config = await widget("GET", chat.publicId, "config");
    expect(config.body).toMatchObject({ open: false, offlineMessage: "Back on Monday" });

    // Mornings only, every day: at any instant it is morning in exactly one of UTC and UTC+12.
    const mornings = Object.fromEntries(
      ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, ["00:00", "12:00"]]),
    );
    await callRoute(channelRoute.PATCH, "PATCH", "/", {
      token: world.admin.token,
      params: { id: chat._id },
      body: { businessHours: mornings },
    });
    const openIn = async (timeZone: string) => {
      const set = await callRoute(organizationRoute.PATCH, "PATCH", "/", {
        token: world.admin.token,
        body: { timeZone },
      });
      expect(set.status).toBe(200);
      expect(set.body.data.timeZone).toBe(timeZone);
      return (await widget("GET", chat.publicId, "config")).body.open as boolean;
    };
    expect(await openIn("UTC")).not.toBe(await openIn("Etc/GMT-12"));

    const wrong = await callRoute(organizationRoute.PATCH, "PATCH", "/", {
      token: world.admin.token,
      body: { timeZone: "Mars/Olympus_Mons" },
    });
    expect(wrong.status).toBe(400);
    expect(JSON.stringify(wrong.body)).toContain("must be a time zone");
    const agent = await callRoute(organizationRoute.PATCH, "PATCH", "/", {
      token: world.agent.token,
      body: { name: "Mine" },
    });
    expect(agent.status).toBe(403);
  });
});
