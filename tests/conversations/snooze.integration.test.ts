import { beforeEach, describe, expect, it } from "vitest";
import * as resolveRoute from "@/app/api/conversation/[id]/resolve/route";
import * as conversationRoute from "@/app/api/conversation/[id]/route";
import * as snoozeRoute from "@/app/api/conversation/[id]/snooze/route";
import * as bulkRoute from "@/app/api/conversation/bulk/route";
import * as inboxCountsRoute from "@/app/api/inbox/counts/route";
import * as inboxRoute from "@/app/api/inbox/route";
import { type WakeJob, wakeConversation } from "@/lib/conversations/snooze";
import { db, pool } from "@/lib/db/client";
import { receiveInboundMessage } from "@/lib/inbound/receive";
import { callRoute } from "../support/call-route";
import { conversationOf, createOrganization } from "../support/factories";

// Snooze: a conversation set aside until a time (or a preset, in the organization's time zone) or
// until its contact writes leaves the Open views for the Snoozed ones (every view, the counts) and
// comes back by its job, by the contact's message, or when someone wakes or resolves it; each way
// moves __v. Every answer is checked against the OpenAPI document by callRoute.

let world: Awaited<ReturnType<typeof createOrganization>>;

beforeEach(async () => {
  world = await createOrganization();
});

const snooze = (token: string, id: string, body: unknown) =>
  callRoute(snoozeRoute.PUT, "PUT", "/", { token, params: { id }, body });

const inboxIds = async (token: string, query: Record<string, string>) => {
  const res = await callRoute(inboxRoute.GET, "GET", "/", { token, query: { view: "all", ...query } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.conversations.map((c: { _id: string }) => c._id) as string[];
};

const wakeJobs = async (conversationId: string) => {
  const { rows } = await pool().query<{ data: WakeJob; start_after: Date; state: string }>(
    `SELECT data, start_after, state FROM pgboss.job WHERE name = 'conversation-wake' AND data->>'conversationId' = $1
     ORDER BY created_on`,
    [conversationId],
  );
  return rows;
};

const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

describe("snooze", () => {
  it("moves a conversation from every Open view to the Snoozed ones, with its time in the JSON and the row", async () => {
    const snoozed = await conversationOf(world, { assigneeIds: [world.agent.id] });
    const open = await conversationOf(world, { assigneeIds: [world.agent.id] });
    const until = inAnHour();
    const res = await snooze(world.agent.token, snoozed.id, { until });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.data).toMatchObject({ _id: snoozed.id, isResolved: false, __v: 1, snooze: { until } });
    // A conversation that is not snoozed stays the reference's shape, without the key.
    const plain = await callRoute(conversationRoute.GET, "GET", "/", {
      token: world.agent.token,
      params: { id: open.id },
    });
    expect(plain.body.data).not.toHaveProperty("snooze");

    for (const token of [world.agent.token, world.manager.token]) {
      for (const view of ["all", "mine"]) {
        if (view === "mine" && token !== world.agent.token) continue;
        expect(await inboxIds(token, { view })).toEqual([open.id]);
        expect(await inboxIds(token, { view, status: "snoozed" })).toEqual([snoozed.id]);
      }
    }
    const rows = await callRoute(inboxRoute.GET, "GET", "/", {
      token: world.manager.token,
      query: { view: "all", status: "snoozed" },
    });
    expect(rows.body.conversations[0].snooze).toEqual({ until });
    expect(
      (await callRoute(inboxRoute.GET, "GET", "/", { token: world.manager.token, query: { view: "all" } })).body
        .conversations[0],
    ).not.toHaveProperty("snooze");
    const counts = (status: string) =>
      callRoute(inboxCountsRoute.GET, "GET", "/", { token: world.agent.token, query: { status } });
    expect((await counts("open")).body.counts).toMatchObject({ mine: 1, all: 1 });
    expect((await counts("snoozed")).body.counts).toMatchObject({ mine: 1, all: 1 });

    // An unassigned one, for the manager's Unassigned view.
    const unassigned = await conversationOf(world);
    await snooze(world.manager.token, unassigned.id, { untilReply: true });
    expect(await inboxIds(world.manager.token, { view: "unassigned", status: "snoozed" })).toEqual([unassigned.id]);
    expect(await inboxIds(world.manager.token, { view: "unassigned" })).toEqual([]);
  });

  it("takes a wall-clock time or a preset in the organization's time zone, and refuses what is not a future time", async () => {
    await db.organization.update({ where: { id: world.organization.id }, data: { timeZone: "America/New_York" } });
    const conversation = await conversationOf(world);
    const year = new Date().getUTCFullYear() + 1;
    // 9 in the morning in New York in July is 13:00 UTC (daylight time), in January 14:00 UTC.
    const july = await snooze(world.manager.token, conversation.id, { until: `${year}-07-01T09:00` });
    expect(july.body.data.snooze).toEqual({ until: `${year}-07-01T13:00:00.000Z` });
    const january = await snooze(world.manager.token, conversation.id, { until: `${year}-01-01T09:00` });
    expect(january.body.data.snooze).toEqual({ until: `${year}-01-01T14:00:00.000Z` });
    const tomorrow = await snooze(world.manager.token, conversation.id, { preset: "tomorrow" });
    const morning = new Date(tomorrow.body.data.snooze.until);
    const hourThere = new Intl.DateTimeFormat("en-GB", {
      timeZone: "America/New_York",
      hour: "2-digit",
      hour12: false,
    });
    expect(hourThere.format(morning)).toBe("09");
    expect(morning.getTime() - Date.now()).toBeGreaterThan(0);
    expect(morning.getTime() - Date.now()).toBeLessThan(2 * 86_400_000);

    const refused = async (body: unknown, path: string, message: RegExp) => {
      const res = await snooze(world.manager.token, conversation.id, body);
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.body.errors).toEqual([{ path, message: expect.stringMatching(message) }]);
    };
    await refused({ until: "2020-01-01T09:00:00Z" }, "until", /already passed/);
    await refused({ until: `${year + 2}-01-01T09:00` }, "until", /more than a year/);
    await refused({ until: `${year}-02-30T09:00` }, "until", /not a date/);
    await refused({ until: "next tuesday" }, "until", /date and time/);
    await refused({ preset: "someday" }, "preset", /later_today, tomorrow, next_week/);
    await refused({ untilReply: true, preset: "tomorrow" }, "", /exactly one/);
    await refused({}, "", /exactly one/);
  });

  it("wakes by its job once: a job for a time since changed does nothing", async () => {
    const conversation = await conversationOf(world);
    const first = inAnHour();
    await snooze(world.manager.token, conversation.id, { until: first });
    const second = new Date(Date.now() + 7_200_000).toISOString();
    await snooze(world.manager.token, conversation.id, { until: second });
    const jobs = await wakeJobs(conversation.id);
    // Each timed snooze sent its wake-up in its own transaction, due at its time.
    expect(jobs.map((job) => [job.data.until, job.start_after.toISOString()])).toEqual([
      [first, first],
      [second, second],
    ]);
    expect(await wakeConversation(jobs[0]?.data as WakeJob)).toBe(false);
    expect(await wakeConversation(jobs[1]?.data as WakeJob)).toBe(true);
    expect(await wakeConversation(jobs[1]?.data as WakeJob)).toBe(false);
    const now = await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } });
    expect(now).toMatchObject({ isSnoozed: false, snoozedUntil: null, version: 3 });
    expect(await inboxIds(world.manager.token, {})).toEqual([conversation.id]);
  });

  it("wakes when the contact writes, when someone wakes it, and when it is resolved; snoozing a resolved one reopens it", async () => {
    const conversation = await conversationOf(world);
    await snooze(world.manager.token, conversation.id, { untilReply: true });
    // Our own reply does not wake it: it waits for them.
    await receiveInboundMessage({
      organizationId: world.organization.id,
      inbound: { channelType: "sms", from: conversation.channelIdentifier, body: "Back from holiday", attachments: [] },
    });
    const woken = await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } });
    expect(woken).toMatchObject({ isSnoozed: false, snoozedUntil: null, version: 2 });

    await snooze(world.manager.token, conversation.id, { until: inAnHour() });
    const awake = await callRoute(snoozeRoute.DELETE, "DELETE", "/", {
      token: world.manager.token,
      params: { id: conversation.id },
    });
    expect(awake.body.data).not.toHaveProperty("snooze");
    expect(awake.body.data.__v).toBe(4);
    // Waking what is awake changes nothing.
    const again = await callRoute(snoozeRoute.DELETE, "DELETE", "/", {
      token: world.manager.token,
      params: { id: conversation.id },
    });
    expect(again.body.data.__v).toBe(4);

    await snooze(world.manager.token, conversation.id, { untilReply: true });
    const resolved = await callRoute(resolveRoute.PUT, "PUT", "/", {
      token: world.manager.token,
      params: { id: conversation.id },
      body: { isResolved: true },
    });
    expect(resolved.body.data.isResolved).toBe(true);
    expect(await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).toMatchObject({
      isSnoozed: false,
      isResolved: true,
    });
    const reopened = await snooze(world.manager.token, conversation.id, { untilReply: true });
    expect(reopened.body.data).toMatchObject({ isResolved: false, resolvedAt: null, snooze: { until: null } });
    expect(await inboxIds(world.manager.token, { status: "resolved" })).toEqual([]);
  });

  it("snoozes and wakes many at once, all or nothing", async () => {
    const [a, b] = [await conversationOf(world), await conversationOf(world, { ownerId: world.otherAgent.id })];
    const bulk = (token: string, body: Record<string, unknown>) =>
      callRoute(bulkRoute.POST, "POST", "/", { token, body });
    const missing = await bulk(world.manager.token, { conversationIds: [a.id], action: "snooze" });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([{ path: "snooze", message: "snooze: say until when" }]);
    // The agent may not read b: nothing is snoozed.
    const denied = await bulk(world.agent.token, {
      conversationIds: [a.id, b.id],
      action: "snooze",
      snooze: { preset: "next_week" },
    });
    expect(denied.status).toBe(404);
    expect(await inboxIds(world.manager.token, { status: "snoozed" })).toEqual([]);

    const done = await bulk(world.manager.token, {
      conversationIds: [a.id, b.id],
      action: "snooze",
      snooze: { preset: "next_week" },
    });
    expect(done.status).toBe(200);
    expect(done.body.conversations.every((c: { snooze?: { until: string } }) => c.snooze?.until)).toBe(true);
    expect((await inboxIds(world.manager.token, { status: "snoozed" })).sort()).toEqual([a.id, b.id].sort());
    expect(await wakeJobs(a.id)).toHaveLength(1);
    await bulk(world.manager.token, { conversationIds: [a.id, b.id], action: "unsnooze" });
    expect(await inboxIds(world.manager.token, { status: "snoozed" })).toEqual([]);
  });

  it("is not found for another organization or an agent who may not read the conversation", async () => {
    const conversation = await conversationOf(world, { ownerId: world.otherAgent.id });
    const other = await createOrganization();
    for (const token of [other.admin.token, world.agent.token]) {
      expect((await snooze(token, conversation.id, { untilReply: true })).status).toBe(404);
    }
    expect(await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).toMatchObject({
      isSnoozed: false,
    });
  });
});
