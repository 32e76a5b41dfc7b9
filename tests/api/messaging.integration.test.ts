import { createHash, randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { builtIn } from "@/lib/channels/built-in";
import { db } from "@/lib/db/client";
import { callRoute } from "../support/call-route";
import { conversationOf, createOrganization } from "../support/factories";
import * as routes from "./routes";

let world: Awaited<ReturnType<typeof createOrganization>>;
let secret: string;

beforeEach(async () => {
  world = await createOrganization();
  secret = randomBytes(16).toString("hex");
  await db.organization.update({
    where: { id: world.organization.id },
    data: { inboundSecretHash: createHash("sha256").update(secret).digest("hex") },
  });
});

afterEach(() => vi.restoreAllMocks());

/** POST /api/conversation/:id/messages as `token`. */
const reply = (token: string, conversationId: string, body: string) =>
  callRoute(routes.reply.POST, "POST", "/", { token, params: { id: conversationId }, body: { body } });

describe("POST /api/conversation/:id/messages (reply)", () => {
  it("records the reply through the built-in provider as delivered, saying it was only recorded, and moves the conversation's latest message", async () => {
    const conversation = await conversationOf(world, {
      assigneeIds: [world.agent.id],
      messages: [{ isIncoming: true }],
    });
    const sent: string[] = [];
    const sender = builtIn.sender.bind(builtIn);
    vi.spyOn(builtIn, "sender").mockImplementation((message) => {
      sent.push(`send ${message.to}: ${message.body}`);
      return sender(message);
    });
    const res = await reply(world.agent.token, conversation.id, "  On my way!  ");
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      body: "On my way!",
      isIncoming: false,
      senderType: "USER",
      status: "delivered",
      recordedOnly: true,
      userId: { _id: world.agent.id, fullName: world.agent.fullName },
    });
    expect(sent).toEqual(["send +15550001111: On my way!"]);
    const row = await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } });
    expect(row).toMatchObject({ latestMessageId: res.body.data._id, messageCount: 2, version: 0 });
    expect(row.lastMessageTime.toISOString()).toBe(res.body.data.createdAt);
  });

  it("keeps a refused message as failed and answers 502 with the provider's reason", async () => {
    const conversation = await conversationOf(world, { ownerId: world.agent.id });
    vi.spyOn(builtIn, "sender").mockReturnValue({
      send: async () => ({ kind: "refused", reason: "number unreachable" }),
      find: async () => null,
    });
    const res = await reply(world.agent.token, conversation.id, "hello");
    expect(res.status).toBe(502);
    expect(res.body.message).toBe("The built-in provider did not take the message: number unreachable");
    const [message] = await db.message.findMany({ where: { conversationId: conversation.id } });
    expect(message?.status).toBe("failed");
  });

  it("refuses an empty reply and a conversation the agent cannot access", async () => {
    const conversation = await conversationOf(world, { ownerId: world.otherAgent.id });
    const empty = await reply(world.admin.token, conversation.id, "   ");
    expect(empty.status).toBe(400);
    expect(empty.body.message).toBe("body: must not be empty");
    const hidden = await reply(world.agent.token, conversation.id, "hi");
    expect(hidden.status).toBe(404);
    expect(await db.message.count({ where: { conversationId: conversation.id } })).toBe(0);
  });
});

describe("POST /api/webhooks/inbound", () => {
  const deliver = (body: object, key = secret) =>
    callRoute(routes.inbound.POST, "POST", "/", { body, headers: { authorization: `Bearer ${key}` } });

  it("creates the contact and conversation on first contact, then threads later messages into it", async () => {
    const first = await deliver({
      channelType: "sms",
      from: "+15559990000",
      body: "Hello?",
      contactName: "New Person",
    });
    expect(first.status).toBe(201);
    const { conversationId, contactId, messageId } = first.body.data;
    const contact = await db.contact.findUniqueOrThrow({ where: { id: contactId } });
    expect(contact).toMatchObject({
      organizationId: world.organization.id,
      fullName: "New Person",
      phone: "+15559990000",
    });

    const second = await deliver({ channelType: "sms", from: "+15559990000", body: "Anyone there?" });
    expect(second.body.data).toMatchObject({ conversationId, contactId });
    const conversation = await db.conversation.findUniqueOrThrow({ where: { id: conversationId } });
    expect(conversation).toMatchObject({ messageCount: 2, latestMessageId: second.body.data.messageId, userId: null });
    expect(conversation.lastIncomingAt).toEqual(conversation.lastMessageTime);
    expect(messageId).not.toBe(second.body.data.messageId);
  });

  it("finds an existing contact by address, makes the thread unseen for everyone and reopens it", async () => {
    const conversation = await conversationOf(world, { assigneeIds: [world.agent.id] });
    await db.conversation.update({
      where: { id: conversation.id },
      data: { channelIdentifier: world.contact.phone!, isResolved: true, resolvedAt: new Date() },
    });
    await callRoute(routes.seen.POST, "POST", "/", {
      token: world.agent.token,
      body: { conversationId: conversation.id },
    });

    const res = await deliver({ channelType: "sms", from: world.contact.phone!, body: "One more question" });
    expect(res.body.data).toMatchObject({ conversationId: conversation.id, contactId: world.contact.id });
    const got = await callRoute(routes.conversation.GET, "GET", "/", {
      token: world.agent.token,
      params: { id: conversation.id },
    });
    expect(got.body.data).toMatchObject({ isResolved: false, resolvedAt: null, isUpdated: true, __v: 1 });
  });

  it("answers 401 without the organization's secret, before looking at the body", async () => {
    expect((await deliver({ channelType: "sms", from: "+1", body: "x" }, "wrong")).status).toBe(401);
    expect((await callRoute(routes.inbound.POST, "POST", "/", { body: {} })).status).toBe(401);
    expect((await deliver({}, "wrong")).status).toBe(401);
  });

  it("validates the message", async () => {
    const res = await deliver({ channelType: "pigeon", from: "", body: 5 });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["body", "channelType", "from"]);
  });
});

describe("users, contacts and tokens", () => {
  it("lists the organization's users with their open assigned conversations", async () => {
    await conversationOf(world, { assigneeIds: [world.agent.id] });
    const res = await callRoute(routes.users.GET, "GET", "/", { token: world.agent.token });
    expect(res.status).toBe(200);
    expect(res.body.users).toHaveLength(4);
    expect(res.body.users.find((u: { _id: string }) => u._id === world.agent.id)).toEqual({
      _id: world.agent.id,
      fullName: world.agent.fullName,
      email: world.agent.email,
      role: "AGENT",
      active: true,
      openAssigned: 1,
    });
  });

  it("finds contacts by name, phone or email and shows one with its threads per channel", async () => {
    await conversationOf(world, { channelType: "email", ownerId: world.agent.id });
    const found = await callRoute(routes.contacts.GET, "GET", "/", {
      token: world.agent.token,
      query: { q: world.contact.fullName.slice(-6).toUpperCase() },
    });
    expect(found.body.contacts.map((c: { _id: string }) => c._id)).toEqual([world.contact.id]);
    const one = await callRoute(routes.contact.GET, "GET", "/", {
      token: world.agent.token,
      params: { id: world.contact.id },
    });
    expect(one.body.data.conversationCounts).toEqual({ sms: 0, facebook: 0, webchat: 0, email: 1 });
    const other = await createOrganization();
    const foreign = await callRoute(routes.contact.GET, "GET", "/", {
      token: world.agent.token,
      params: { id: other.contact.id },
    });
    expect(foreign.status).toBe(404);
  });

  it("creates a token shown once, lists it without the secret, and revokes it", async () => {
    const created = await callRoute(routes.tokens.POST, "POST", "/", {
      token: world.agent.token,
      body: { name: "Zapier" },
    });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^tk_/);
    const listed = await callRoute(routes.tokens.GET, "GET", "/", { token: created.body.token });
    expect(listed.body.tokens.map((t: { name: string }) => t.name)).toContain("Zapier");
    expect(JSON.stringify(listed.body)).not.toContain(created.body.token);

    const revoked = await callRoute(routes.token.DELETE, "DELETE", "/", {
      token: world.agent.token,
      params: { id: created.body.data._id },
    });
    expect(revoked.status).toBe(200);
    const after = await callRoute(routes.tokens.GET, "GET", "/", { token: created.body.token });
    expect(after.status).toBe(401);
    const someoneElses = await callRoute(routes.token.DELETE, "DELETE", "/", {
      token: world.otherAgent.token,
      params: { id: created.body.data._id },
    });
    expect(someoneElses.status).toBe(404);
  });
});
