import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { receiveInboundMessage } from "@/lib/inbound/receive";
import { callRoute } from "../support/call-route";
import { conversationOf, createOrganization } from "../support/factories";
import * as routes from "./routes";

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const ID = /^[0-9a-f]{24}$/;

// Every field of the contract's conversation object, in the reference's spelling.
const CONVERSATION_KEYS = [
  "_id",
  "organizationId",
  "userId",
  "assignees",
  "channelType",
  "channelIdentifier",
  "latestMessage",
  "lastMessageTime",
  "isResolved",
  "resolvedAt",
  "subject",
  "provider",
  "emailAccountId",
  "participants",
  "isDraft",
  "messageCount",
  "contactId",
  "process",
  "isAutopilot",
  "source",
  "leadSource",
  "isUpdated",
  "createdAt",
  "updatedAt",
  "__v",
].sort();

let world: Awaited<ReturnType<typeof createOrganization>>;
let conversationId: string;

beforeEach(async () => {
  world = await createOrganization();
  const conversation = await conversationOf(world, {
    ownerId: world.agent.id,
    assigneeIds: [world.agent.id],
    messages: [
      { isIncoming: true, body: "Hi" },
      { senderType: "AI", body: "Hey", userId: world.admin.id },
      {
        senderType: "SYSTEM",
        body: "",
        userId: world.admin.id,
        stamp: {
          type: "automation",
          automationName: "Lead follow-up",
          fieldsExtracted: ["firstName"],
          actions: ["create_lead"],
        },
      },
    ],
  });
  conversationId = conversation.id;
});

// The contract's fields, and of ours (docs/api.md, "Extensions") only resolvedBy, on a resolved one.
function expectConversationShape(c: Record<string, unknown>) {
  expect(
    Object.keys(c)
      .filter((key) => key !== "resolvedBy")
      .sort(),
  ).toEqual(CONVERSATION_KEYS);
  if ("resolvedBy" in c) expect(c.isResolved).toBe(true);
  expect(c._id).toMatch(ID);
  for (const key of ["lastMessageTime", "createdAt", "updatedAt"]) expect(c[key]).toMatch(ISO);
  expect(typeof c.__v).toBe("number");
}

describe("POST /api/conversation/all (conversations by contact)", () => {
  it("returns the contact's sms conversations in the reference's shape", async () => {
    const res = await callRoute(routes.byContact.POST, "POST", "/api/conversation/all", {
      token: world.agent.token,
      body: { contactId: world.contact.id, channelType: "sms" },
    });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body)).toEqual(["conversations"]);
    expect(res.body.conversations).toHaveLength(1);
    const [c] = res.body.conversations;
    expectConversationShape(c);
    expect(c).toMatchObject({
      _id: conversationId,
      organizationId: world.organization.id,
      userId: world.agent.id,
      assignees: [{ _id: world.agent.id, fullName: world.agent.fullName, email: world.agent.email }],
      channelType: "sms",
      channelIdentifier: "+15550001111",
      isResolved: false,
      resolvedAt: null,
      subject: null,
      provider: null,
      emailAccountId: null,
      participants: null,
      isDraft: false,
      messageCount: 3,
      contactId: world.contact.id,
      isUpdated: true,
      __v: 0,
    });
    expect(c.latestMessage).toMatch(ID);
  });

  it("defaults channelType to sms, also answers GET, and orders newest activity first", async () => {
    const older = await conversationOf(world, {
      ownerId: world.agent.id,
      lastMessageTime: new Date(Date.now() - 86_400_000),
    });
    await conversationOf(world, { ownerId: world.agent.id, channelType: "email" });
    const res = await callRoute(routes.byContact.GET, "GET", "/api/conversation/all", {
      token: world.manager.token,
      query: { contactId: world.contact.id },
    });
    expect(res.status).toBe(200);
    expect(res.body.conversations.map((c: { _id: string }) => c._id)).toEqual([conversationId, older.id]);
  });

  it("answers 404 for a contact of another organization", async () => {
    const other = await createOrganization();
    const res = await callRoute(routes.byContact.POST, "POST", "/api/conversation/all", {
      token: world.admin.token,
      body: { contactId: other.contact.id },
    });
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ message: "Contact not found" });
  });
});

describe("POST /api/conversation/messages", () => {
  it("returns all messages oldest first with populated userId and system stamps", async () => {
    const res = await callRoute(routes.messages.POST, "POST", "/api/conversation/messages", {
      token: world.agent.token,
      body: { conversationId },
    });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body)).toEqual(["messages"]);
    const [incoming, ai, system] = res.body.messages;
    expect(Object.keys(ai)).toEqual([
      "_id",
      "isIncoming",
      "body",
      "channelType",
      "channelIdentifier",
      "status",
      "senderType",
      "userId",
      "contactId",
      "attachments",
      "systemStamp",
      "createdAt",
    ]);
    expect(incoming).toMatchObject({ isIncoming: true, senderType: "CONTACT", status: "received", userId: null });
    expect(ai).toMatchObject({
      isIncoming: false,
      body: "Hey",
      channelType: "sms",
      status: "delivered",
      senderType: "AI",
      userId: { _id: world.admin.id, fullName: world.admin.fullName },
      contactId: world.contact.id,
      attachments: [],
      systemStamp: { fieldsExtracted: [], actions: [] },
    });
    expect(ai.systemStamp).toEqual({ fieldsExtracted: [], actions: [] });
    expect(system.systemStamp).toEqual({
      type: "automation",
      automationName: "Lead follow-up",
      fieldsExtracted: ["firstName"],
      actions: ["create_lead"],
    });
    expect(ai.createdAt).toMatch(ISO);
    expect(incoming.createdAt < ai.createdAt && ai.createdAt < system.createdAt).toBe(true);
  });

  it("pages with limit and before, newest page first, each page oldest first", async () => {
    const long = await conversationOf(world, {
      ownerId: world.agent.id,
      messages: Array.from({ length: 7 }, (_, i) => ({ body: `m${i}` })),
    });
    const bodies: string[][] = [];
    let before: string | undefined;
    for (;;) {
      const res = await callRoute(routes.messages.GET, "GET", "/api/conversation/messages", {
        token: world.agent.token,
        query: { conversationId: long.id, limit: "3", ...(before && { before }) },
      });
      expect(res.status).toBe(200);
      bodies.push(res.body.messages.map((m: { body: string }) => m.body));
      if (res.body.nextCursor === null) break;
      expect(res.body.nextCursor).toBe(res.body.messages[0]._id);
      before = res.body.nextCursor;
    }
    expect(bodies).toEqual([["m4", "m5", "m6"], ["m1", "m2", "m3"], ["m0"]]);
  });
});

describe("GET /api/conversation/:id", () => {
  it("returns { data } with every field", async () => {
    const res = await callRoute(routes.conversation.GET, "GET", `/api/conversation/${conversationId}`, {
      token: world.agent.token,
      params: { id: conversationId },
    });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body)).toEqual(["data"]);
    expectConversationShape(res.body.data);
    expect(res.body.data._id).toBe(conversationId);
  });
});

describe("PUT /api/conversation/:id", () => {
  it("replaces assignees, resolves, bumps __v and updatedAt", async () => {
    const before = await db.conversation.findUniqueOrThrow({ where: { id: conversationId } });
    const res = await callRoute(routes.conversation.PUT, "PUT", `/api/conversation/${conversationId}`, {
      token: world.manager.token,
      params: { id: conversationId },
      body: { assignees: [world.otherAgent.id, world.agent.id], isResolved: true },
    });
    expect(res.status).toBe(200);
    expectConversationShape(res.body.data);
    expect(res.body.data.assignees.map((a: { _id: string }) => a._id).sort()).toEqual(
      [world.otherAgent.id, world.agent.id].sort(),
    );
    expect(res.body.data.isResolved).toBe(true);
    expect(res.body.data.resolvedAt).toMatch(ISO);
    expect(res.body.data.__v).toBe(1);
    expect(new Date(res.body.data.updatedAt).getTime()).toBeGreaterThan(before.updatedAt.getTime() - 1);
  });

  it("says who resolved it, last and only while it is resolved; reopening (by hand or by a message) forgets", async () => {
    const put = (body: object) =>
      callRoute(routes.conversation.PUT, "PUT", "/", {
        token: world.manager.token,
        params: { id: conversationId },
        body,
      });
    const resolved = await put({ isResolved: true });
    expect(Object.keys(resolved.body.data).at(-1)).toBe("resolvedBy");
    expect(resolved.body.data.resolvedBy).toEqual({ _id: world.manager.id, fullName: world.manager.fullName });
    const reopened = await put({ isResolved: false });
    expect(reopened.body.data).not.toHaveProperty("resolvedBy");
    await put({ isResolved: true });
    const { channelIdentifier } = await db.conversation.findUniqueOrThrow({ where: { id: conversationId } });
    await receiveInboundMessage({
      organizationId: world.organization.id,
      inbound: { channelType: "sms", from: channelIdentifier, body: "One more thing", attachments: [] },
    });
    const got = await callRoute(routes.conversation.GET, "GET", "/", {
      token: world.manager.token,
      params: { id: conversationId },
    });
    expect(got.body.data.isResolved).toBe(false);
    expect(got.body.data).not.toHaveProperty("resolvedBy");
  });

  it("unassigns everyone with [] and accepts the populated objects it returned", async () => {
    const got = await callRoute(routes.conversation.GET, "GET", "/", {
      token: world.admin.token,
      params: { id: conversationId },
    });
    const putBack = await callRoute(routes.conversation.PUT, "PUT", "/", {
      token: world.admin.token,
      params: { id: conversationId },
      body: { ...got.body.data, isResolved: true },
    });
    expect(putBack.status).toBe(200);
    expect(putBack.body.data.assignees).toEqual(got.body.data.assignees);
    const cleared = await callRoute(routes.conversation.PUT, "PUT", "/", {
      token: world.admin.token,
      params: { id: conversationId },
      body: { assignees: [] },
    });
    expect(cleared.status).toBe(200);
    expect(cleared.body.data.assignees).toEqual([]);
  });

  it("answers 409 to a stale __v and changes nothing", async () => {
    const first = await callRoute(routes.conversation.PUT, "PUT", "/", {
      token: world.admin.token,
      params: { id: conversationId },
      body: { isResolved: true, __v: 0 },
    });
    expect(first.status).toBe(200);
    const stale = await callRoute(routes.conversation.PUT, "PUT", "/", {
      token: world.admin.token,
      params: { id: conversationId },
      body: { isResolved: false, __v: 0 },
    });
    expect(stale.status).toBe(409);
    // The one who lost the race learns who won it, and what the conversation is now.
    expect(stale.body.message).toMatch(
      new RegExp(`changed by ${world.admin.fullName} \\(version 1, you sent 0\\); it is now assigned to .+, resolved`),
    );
    const row = await db.conversation.findUniqueOrThrow({ where: { id: conversationId } });
    expect(row).toMatchObject({ isResolved: true, version: 1 });
  });

  it("names assignees that are not users of the organization", async () => {
    const other = await createOrganization();
    const res = await callRoute(routes.conversation.PUT, "PUT", "/", {
      token: world.admin.token,
      params: { id: conversationId },
      body: { assignees: [world.agent.id, other.agent.id] },
    });
    expect(res.status).toBe(400);
    expect(res.body.message).toContain(other.agent.id);
    expect(res.body.errors).toEqual([{ path: "assignees.1", message: expect.stringContaining(other.agent.id) }]);
  });

  it("refuses to add a deactivated person, but keeps one already on the thread", async () => {
    const assign = (assignees: string[]) =>
      callRoute(routes.conversation.PUT, "PUT", "/", {
        token: world.admin.token,
        params: { id: conversationId },
        body: { assignees },
      });
    // world.agent is assigned already; otherAgent is not.
    await db.user.updateMany({
      where: { id: { in: [world.agent.id, world.otherAgent.id] } },
      data: { deactivatedAt: new Date() },
    });
    const refused = await assign([world.agent.id, world.otherAgent.id]);
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      { path: "assignees.1", message: `user ${world.otherAgent.id} is deactivated` },
    ]);

    const kept = await assign([world.agent.id, world.manager.id]);
    expect(kept.status).toBe(200);
    expect(kept.body.data.assignees.map((a: { _id: string }) => a._id)).toEqual([world.agent.id, world.manager.id]);
  });
});

describe("PUT /api/conversation/:id/resolve", () => {
  it("resolves, keeps the first resolvedAt, and unresolves", async () => {
    const call = (isResolved: boolean) =>
      callRoute(routes.resolve.PUT, "PUT", "/", {
        token: world.agent.token,
        params: { id: conversationId },
        body: { isResolved },
      });
    const resolved = await call(true);
    expect(resolved.status).toBe(200);
    expect(resolved.body).toEqual({
      message: "Conversation resolved successfully",
      data: { _id: conversationId, isResolved: true, resolvedAt: expect.stringMatching(ISO) },
    });
    const again = await call(true);
    expect(again.body.data.resolvedAt).toBe(resolved.body.data.resolvedAt);
    const unresolved = await call(false);
    expect(unresolved.body).toEqual({
      message: "Conversation unresolved successfully",
      data: { _id: conversationId, isResolved: false, resolvedAt: null },
    });
    const row = await db.conversation.findUniqueOrThrow({ where: { id: conversationId } });
    expect(row.version).toBe(2);
  });
});

describe("seen state", () => {
  it("is per user: seen for one viewer, unseen for another, and unseen again on request", async () => {
    const isUpdated = async (token: string) =>
      (await callRoute(routes.conversation.GET, "GET", "/", { token, params: { id: conversationId } })).body.data
        .isUpdated;
    expect(await isUpdated(world.agent.token)).toBe(true);

    const seen = await callRoute(routes.seen.POST, "POST", "/", { token: world.agent.token, body: { conversationId } });
    expect(seen.status).toBe(200);
    expect(await isUpdated(world.agent.token)).toBe(false);
    expect(await isUpdated(world.manager.token)).toBe(true);

    const unseen = await callRoute(routes.unseen.POST, "POST", "/", {
      token: world.agent.token,
      body: { conversationId },
    });
    expect(unseen.status).toBe(200);
    expect(unseen.body).toEqual({ message: "Conversation updated successfully." });
    expect(await isUpdated(world.agent.token)).toBe(true);

    const row = await db.conversation.findUniqueOrThrow({ where: { id: conversationId } });
    expect(row.version).toBe(0); // seen state is not a change of the conversation
  });
});

describe("DELETE /api/conversation", () => {
  it("deletes the conversation and every message, assignment and seen state", async () => {
    await callRoute(routes.seen.POST, "POST", "/", { token: world.agent.token, body: { conversationId } });
    const res = await callRoute(routes.remove.DELETE, "DELETE", "/api/conversation", {
      token: world.agent.token,
      body: { conversationId },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ message: "Conversation cleared successfully" });
    expect(await db.message.count({ where: { conversationId } })).toBe(0);
    expect(await db.conversationAssignee.count({ where: { conversationId } })).toBe(0);
    expect(await db.conversationSeen.count({ where: { conversationId } })).toBe(0);
    expect(await db.conversation.count({ where: { id: conversationId } })).toBe(0);
    const again = await callRoute(routes.remove.DELETE, "DELETE", "/", {
      token: world.agent.token,
      body: { conversationId },
    });
    expect(again.status).toBe(404);
  });

  it("refuses an assignee who is not the owner with 403", async () => {
    const shared = await conversationOf(world, {
      ownerId: world.agent.id,
      assigneeIds: [world.otherAgent.id],
      messages: [{ body: "keep me" }],
    });
    const res = await callRoute(routes.remove.DELETE, "DELETE", "/", {
      token: world.otherAgent.token,
      body: { conversationId: shared.id },
    });
    expect(res.status).toBe(403);
    expect(await db.message.count({ where: { conversationId: shared.id } })).toBe(1);
  });
});
