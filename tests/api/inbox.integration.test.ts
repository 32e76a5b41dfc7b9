import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { callRoute } from "../support/call-route";
import { conversationOf, createContact, createConversation, createOrganization } from "../support/factories";
import * as routes from "./routes";

let world: Awaited<ReturnType<typeof createOrganization>>;
const MINUTE = 60_000;

beforeEach(async () => {
  world = await createOrganization();
});

const list = (token: string, query: Record<string, string> = {}) =>
  callRoute(routes.inbox.GET, "GET", "/api/inbox", { token, query });
const ids = (res: Awaited<ReturnType<typeof list>>) => res.body.conversations.map((c: { _id: string }) => c._id);

async function thread(options: Partial<Parameters<typeof createConversation>[0]> & { minutesAgo: number }) {
  return createConversation({
    organizationId: world.organization.id,
    contactId: options.contactId ?? world.contact.id,
    lastMessageTime: new Date(Date.now() - options.minutesAgo * MINUTE),
    ...options,
  });
}

describe("GET /api/inbox", () => {
  it("lists newest activity first, with contact summary and latest-message preview", async () => {
    const older = await thread({
      minutesAgo: 30,
      ownerId: world.agent.id,
      messages: [{ isIncoming: true, body: "old" }],
    });
    const newer = await thread({
      minutesAgo: 5,
      assigneeIds: [world.agent.id],
      messages: [
        { isIncoming: true, body: "hi" },
        {
          senderType: "SYSTEM",
          body: "",
          stamp: {
            type: "automation",
            automationName: "Lead follow-up",
            fieldsExtracted: [],
            actions: ["create_lead"],
          },
        },
      ],
    });
    const res = await list(world.manager.token);
    expect(res.status).toBe(200);
    expect(ids(res)).toEqual([newer.id, older.id]);
    expect(res.body.nextCursor).toBeNull();
    const [row] = res.body.conversations;
    expect(row.contact).toEqual({
      _id: world.contact.id,
      fullName: world.contact.fullName,
      phone: world.contact.phone,
      email: null,
    });
    expect(row.preview).toMatchObject({
      senderType: "SYSTEM",
      automationName: "Lead follow-up",
      actions: ["create_lead"],
    });
    expect(row.assignees).toEqual([{ _id: world.agent.id, fullName: world.agent.fullName, email: world.agent.email }]);
    expect(row.isUpdated).toBe(true);
  });

  it("pages by keyset without gaps or repeats, also across equal times", async () => {
    const at = new Date(Date.now() - MINUTE);
    const made = [];
    for (let i = 0; i < 7; i++)
      made.push(await thread({ minutesAgo: 0, lastMessageTime: i < 4 ? at : new Date(at.getTime() - i * 1000) }));
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const res = await list(world.admin.token, { limit: "3", ...(cursor && { cursor }) });
      expect(res.status).toBe(200);
      seen.push(...ids(res));
      cursor = res.body.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(7);
    expect(new Set(seen)).toEqual(new Set(made.map((c) => c.id)));
  });

  it("filters by view, status, channel, unseen, search and assignee", async () => {
    const other = await createContact(world.organization.id);
    await db.contact.update({ where: { id: other.id }, data: { fullName: "Zelda Searchable", email: "zelda@x.test" } });
    const mine = await thread({ minutesAgo: 1, assigneeIds: [world.agent.id], messages: [{ isIncoming: true }] });
    const unassigned = await thread({ minutesAgo: 2, channelType: "email", contactId: other.id });
    const theirs = await thread({ minutesAgo: 3, assigneeIds: [world.otherAgent.id] });
    const resolved = await thread({ minutesAgo: 4, assigneeIds: [world.agent.id] });
    await db.conversation.update({ where: { id: resolved.id }, data: { isResolved: true } });

    const t = world.agent.token;
    const m = world.manager.token;
    expect(ids(await list(t, { view: "mine" }))).toEqual([mine.id]);
    expect(ids(await list(m, { view: "unassigned" }))).toEqual([unassigned.id]);
    expect(ids(await list(m, { view: "all" }))).toEqual([mine.id, unassigned.id, theirs.id]);
    expect(ids(await list(m, { status: "resolved" }))).toEqual([resolved.id]);
    expect(ids(await list(m, { channel: "email" }))).toEqual([unassigned.id]);
    expect(ids(await list(m, { unseen: "true" }))).toEqual([mine.id]);
    expect(ids(await list(m, { q: "zelda" }))).toEqual([unassigned.id]);
    expect(ids(await list(m, { q: "ZELDA@X" }))).toEqual([unassigned.id]);
    expect(ids(await list(m, { q: "100%_" }))).toEqual([]);
    expect(ids(await list(m, { assignee: world.otherAgent.id }))).toEqual([theirs.id]);
    // An agent sees only what it owns or is assigned to, whatever the view.
    expect(ids(await list(t, { view: "all" }))).toEqual([mine.id]);
    expect(ids(await list(t, { view: "unassigned" }))).toEqual([]);

    await callRoute(routes.seen.POST, "POST", "/", { token: m, body: { conversationId: mine.id } });
    expect(ids(await list(m, { unseen: "true" }))).toEqual([]);
    await callRoute(routes.unseen.POST, "POST", "/", { token: m, body: { conversationId: theirs.id } });
    expect(ids(await list(m, { unseen: "true" }))).toEqual([theirs.id]);

    const counts = await callRoute(routes.inboxCounts.GET, "GET", "/", { token: m });
    expect(counts.body).toEqual({ counts: { mine: 0, unassigned: 1, all: 3 }, cap: 1000 });
    const agentCounts = await callRoute(routes.inboxCounts.GET, "GET", "/", { token: t });
    expect(agentCounts.body).toEqual({ counts: { mine: 1, unassigned: 0, all: 1 }, cap: 1000 });
  });

  it("with ids, answers which of those conversations the list holds (a live client's changed rows)", async () => {
    const mine = await thread({ minutesAgo: 1, assigneeIds: [world.agent.id] });
    const theirs = await thread({ minutesAgo: 2, assigneeIds: [world.otherAgent.id] });
    const resolved = await thread({ minutesAgo: 3, assigneeIds: [world.agent.id] });
    await db.conversation.update({ where: { id: resolved.id }, data: { isResolved: true } });
    const foreign = await createOrganization();
    const elsewhere = await conversationOf(foreign);
    const named = [resolved.id, elsewhere.id, theirs.id, mine.id, mine.id].join(",");

    const m = world.manager.token;
    const t = world.agent.token;
    expect(ids(await list(m, { ids: named }))).toEqual([mine.id, theirs.id]);
    expect(ids(await list(m, { ids: named, status: "resolved" }))).toEqual([resolved.id]);
    expect(ids(await list(m, { ids: named, view: "unassigned" }))).toEqual([]);
    // The same access rule as the list: an agent learns nothing of a thread it may not read.
    for (const view of ["all", "mine"]) expect(ids(await list(t, { ids: named, view }))).toEqual([mine.id]);
    expect(ids(await list(foreign.admin.token, { ids: named }))).toEqual([elsewhere.id]);
    // The rows are the list's own rows.
    const whole = (await list(m)).body.conversations.find((row: { _id: string }) => row._id === mine.id);
    expect((await list(m, { ids: mine.id })).body.conversations).toEqual([whole]);
    const tooMany = Array.from({ length: 101 }, (_, i) => i.toString(16).padStart(24, "0")).join(",");
    const refused = await list(m, { ids: tooMany });
    expect([refused.status, refused.body.message]).toEqual([400, "ids: at most 100 ids"]);
  });

  it("never shows another organization's conversations", async () => {
    const other = await createOrganization();
    await conversationOf(other);
    expect(ids(await list(world.admin.token))).toEqual([]);
  });

  it.each([
    [{ view: "everything" }, /view: must be mine, unassigned or all/],
    [{ status: "closed" }, /status/],
    [{ channel: "fax" }, /channel/],
    [{ unseen: "maybe" }, /unseen/],
    [{ cursor: "garbage" }, /cursor: not a cursor/],
    [{ limit: "0" }, /limit/],
    [{ assignee: "x" }, /assignee/],
    [{ ids: "" }, /ids: must name at least one conversation id/],
    [{ ids: "nope" }, /ids\.0: must be a 24-character/],
    [
      { ids: Array.from({ length: 101 }, (_, i) => i.toString(16).padStart(24, "0")).join(",") },
      /ids: at most 100 ids/,
    ],
  ])("answers 400 to %j", async (query, message) => {
    const res = await list(world.admin.token, query as Record<string, string>);
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(message);
  });
});

describe("POST /api/conversation/bulk", () => {
  it("assigns, unassigns, resolves and reopens many at once", async () => {
    const a = await thread({ minutesAgo: 1, assigneeIds: [world.agent.id] });
    const b = await thread({ minutesAgo: 2 });
    const conversationIds = [a.id, b.id];
    const bulk = (body: object) =>
      callRoute(routes.bulk.POST, "POST", "/", { token: world.manager.token, body: { conversationIds, ...body } });

    expect((await bulk({ action: "assign", userIds: [world.otherAgent.id] })).body).toMatchObject({ updated: 2 });
    const assigned = await db.conversationAssignee.findMany({ where: { conversationId: { in: conversationIds } } });
    expect(
      assigned
        .map((x) => `${x.conversationId === a.id ? "a" : "b"}:${x.userId === world.agent.id ? "agent" : "other"}`)
        .sort(),
    ).toEqual(["a:agent", "a:other", "b:other"]);
    await bulk({ action: "unassign", userIds: [world.otherAgent.id] });
    expect(await db.conversationAssignee.count({ where: { conversationId: { in: conversationIds } } })).toBe(1);
    await bulk({ action: "unassign" });
    expect(await db.conversationAssignee.count({ where: { conversationId: { in: conversationIds } } })).toBe(0);
    await bulk({ action: "resolve" });
    expect(await db.conversation.count({ where: { id: { in: conversationIds }, isResolved: true } })).toBe(2);
    await bulk({ action: "reopen" });
    expect(await db.conversation.count({ where: { id: { in: conversationIds }, isResolved: false } })).toBe(2);
  });

  it("changes nothing when one conversation is not accessible (all or nothing)", async () => {
    const mine = await thread({ minutesAgo: 1, ownerId: world.agent.id });
    const notMine = await thread({ minutesAgo: 2, ownerId: world.otherAgent.id });
    const res = await callRoute(routes.bulk.POST, "POST", "/", {
      token: world.agent.token,
      body: { conversationIds: [mine.id, notMine.id], action: "resolve" },
    });
    expect(res.status).toBe(404);
    expect(await db.conversation.count({ where: { id: mine.id, isResolved: true } })).toBe(0);
  });

  it("validates its input", async () => {
    const res = await callRoute(routes.bulk.POST, "POST", "/", {
      token: world.manager.token,
      body: { conversationIds: [world.contact.id], action: "assign" },
    });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/userIds: assign needs at least one user/);
  });
});
