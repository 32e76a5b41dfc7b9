import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as providerRoute from "@/app/api/ai/provider/route";
import * as automationRoute from "@/app/api/automations/[id]/route";
import * as runsRoute from "@/app/api/automations/[id]/runs/route";
import * as secretRoute from "@/app/api/automations/[id]/secret/route";
import * as automationsRoute from "@/app/api/automations/route";
import * as tryRoute from "@/app/api/automations/try/route";
import * as replyRoute from "@/app/api/conversation/[id]/messages/route";
import * as conversationRoute from "@/app/api/conversation/[id]/route";
import * as messagesRoute from "@/app/api/conversation/messages/route";
import * as processesRoute from "@/app/api/processes/route";
import { handlePendingEvents, runTimer, type TimerJob } from "@/lib/automations/engine";
import { MAX_CHAIN } from "@/lib/automations/schemas";
import { deliverWebhook, runModelStep } from "@/lib/automations/worker";
import { db, pool } from "@/lib/db/client";
import { BlockedAddress, postOutbound, reachable } from "@/lib/http/outbound";
import { receiveInboundMessage } from "@/lib/inbound/receive";
import { dispatchPendingEvents } from "@/lib/webhooks/dispatch";
import { callRoute } from "../support/call-route";
import { conversationOf, createOrganization } from "../support/factories";
import { type FakeModel, startFakeModel } from "../support/fake-openai";
import { rolledBackMessage } from "../support/messages";
import { loopbackOnly, startReceiver } from "../support/receiver";

// Automations on real PostgreSQL: the change events the database records, the engine's pass over
// them as each app server's worker runs it, time-based rules' jobs as pg-boss keeps them, webhook
// calls to a receiver on loopback, the model step against a fake OpenAI-compatible server.

let receiver: Awaited<ReturnType<typeof startReceiver>>;
let model: FakeModel;
const MODEL_KEY = "sk-test-model-key-0123456789";

beforeAll(async () => {
  receiver = await startReceiver();
  model = await startFakeModel({ apiKey: MODEL_KEY });
});
afterAll(async () => {
  await receiver.stop();
  await model.stop();
});

let world: Awaited<ReturnType<typeof createOrganization>>;
let conversationId: string;
let phone: string;

beforeEach(async () => {
  receiver.reset();
  model.reset();
  world = await createOrganization();
  const conversation = await conversationOf(world);
  conversationId = conversation.id;
  phone = conversation.channelIdentifier;
  // What came before (this setup's own changes, other files') is handled before any rule exists.
  await drain();
});

/** Every event recorded so far, handled as the workers handle them. */
async function drain() {
  while ((await handlePendingEvents()) > 0) {}
}

const inbound = (body: string, from = phone) =>
  receiveInboundMessage({
    organizationId: world.organization.id,
    inbound: { channelType: "sms", from, body, attachments: [] },
  });

async function createRule(rule: Record<string, unknown>, token = world.manager.token) {
  const res = await callRoute(automationsRoute.POST, "POST", "/", {
    token,
    body: { match: "all", conditions: [], ...rule },
  });
  return res;
}

async function rule(rule: Record<string, unknown>) {
  const res = await createRule(rule);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { data: { _id: string; summary: string }; webhookSecret?: string };
}

async function thread(id = conversationId) {
  const res = await callRoute(messagesRoute.POST, "POST", "/", {
    token: world.admin.token,
    body: { conversationId: id },
  });
  expect(res.status).toBe(200);
  return res.body.messages as {
    _id: string;
    body: string;
    senderType: string;
    systemStamp: Record<string, unknown> | null;
  }[];
}

const stamps = async (id = conversationId) => (await thread(id)).filter((m) => m.senderType === "SYSTEM");
const runs = (automationId: string) =>
  db.automationRun.findMany({ where: { automationId }, orderBy: { createdAt: "asc" } });
const assignees = async (id = conversationId) =>
  (await db.conversationAssignee.findMany({ where: { conversationId: id } })).map((a) => a.userId);

async function timerJobs(automationId: string) {
  const { rows } = await pool().query<{ id: string; data: TimerJob; start_after: Date }>(
    `SELECT id, data, start_after FROM pgboss.job WHERE name = 'automation-timer' AND data->>'automationId' = $1 AND state = 'created'`,
    [automationId],
  );
  return rows;
}

async function webhookJobs(automationId: string) {
  const { rows } = await pool().query<{
    id: string;
    data: { runId: string; automationId: string; url: string; fieldsExtracted: string[] };
  }>(`SELECT id, data FROM pgboss.job WHERE name = 'automation-webhook' AND data->>'automationId' = $1`, [
    automationId,
  ]);
  return rows;
}

describe("automation rules: who may write them, and what they accept", () => {
  it("lets managers and admins write rules, agents none of it, and keeps each organization's to itself", async () => {
    const body = { name: "Price", event: "message.received", actions: [{ type: "resolve" }] };
    expect((await createRule(body, world.agent.token)).status).toBe(403);
    expect((await callRoute(automationsRoute.GET, "GET", "/", { token: world.agent.token })).status).toBe(403);
    const created = await rule(body);
    expect(created.data.summary).toBe("When a message is received: resolve it.");
    expect((await createRule(body, world.admin.token)).body).toMatchObject({
      errors: [{ path: "name", message: "another automation has this name" }],
    });

    const other = await createOrganization();
    const id = created.data._id;
    for (const [route, method] of [
      [automationRoute.PATCH, "PATCH"],
      [automationRoute.DELETE, "DELETE"],
    ] as const) {
      const res = await callRoute(route, method, "/", {
        token: other.manager.token,
        params: { id },
        body: { enabled: false },
      });
      expect(res.status).toBe(404);
    }
    expect((await callRoute(runsRoute.GET, "GET", "/", { token: other.admin.token, params: { id } })).status).toBe(404);
    expect((await callRoute(secretRoute.POST, "POST", "/", { token: other.admin.token, params: { id } })).status).toBe(
      404,
    );
    expect(
      (
        await callRoute(automationRoute.PATCH, "PATCH", "/", {
          token: world.agent.token,
          params: { id },
          body: { enabled: false },
        })
      ).status,
    ).toBe(403);
    const tried = await callRoute(tryRoute.POST, "POST", "/", {
      token: other.manager.token,
      body: {
        conversationId,
        rule: { event: "message.received", match: "all", conditions: [], actions: [{ type: "resolve" }] },
      },
    });
    expect(tried.status).toBe(404);
  });

  it("refuses what cannot run: a slow pattern, someone of another organization, a timed event without a delay", async () => {
    const other = await createOrganization();
    const cases: [Record<string, unknown>, string][] = [
      [{ conditions: [{ field: "text", operator: "matches", value: "(a+)+$" }] }, "conditions.0.value"],
      [{ conditions: [{ field: "text", operator: "matches", value: "([a-z]" }] }, "conditions.0.value"],
      [{ actions: [{ type: "assign", mode: "person", userId: other.agent.id }] }, "actions.0.userId"],
      [{ event: "time.no_reply_from_us" }, "delaySeconds"],
      [{ delaySeconds: 60 }, "delaySeconds"],
      [{ actions: [{ type: "webhook", url: "ftp://example.test/x" }] }, "actions.0.url"],
      [{ actions: [] }, "actions"],
      [{ conditions: [{ field: "mood", operator: "is" }] }, "conditions.0.field"],
      [{ surprise: true }, ""],
    ];
    for (const [change, path] of cases) {
      const res = await createRule({
        name: "Bad",
        event: "message.received",
        actions: [{ type: "resolve" }],
        ...change,
      });
      expect(res.status, JSON.stringify(change)).toBe(400);
      if (path)
        expect(
          res.body.errors.map((d: { path: string }) => d.path),
          JSON.stringify(change),
        ).toContain(path);
    }
    expect(await db.automation.count({ where: { organizationId: world.organization.id } })).toBe(0);
  });
});

describe("rules that fire on events", () => {
  it("assigns and replies with a template when an SMS mentions the price, once, with the reference's stamp", async () => {
    await db.contact.update({ where: { id: world.contact.id }, data: { attributes: { firstName: "Dana" } } });
    const created = await rule({
      name: "Price questions",
      event: "message.received",
      conditions: [
        { field: "channel", operator: "is", value: ["sms"] },
        { field: "text", operator: "contains", value: "price" },
      ],
      actions: [
        { type: "assign", mode: "person", userId: world.agent.id },
        {
          type: "reply",
          template: "Hi {{contact.firstName|there}}, {{agent.name|our team}} will send the prices today.",
        },
      ],
    });
    expect(created.data.summary).toBe(
      `When a message is received and the channel is SMS and the text contains “price”: assign to ${world.agent.fullName}, then reply “Hi {{contact.firstName|there}}, {{agent.name|our team}} wil…”.`,
    );
    await inbound("Hello");
    await inbound("What is the PRICE of the flat?");
    await drain();
    await drain();

    expect(await assignees()).toEqual([world.agent.id]);
    const messages = await thread();
    const replies = messages.filter((m) => m.senderType === "AI");
    expect(replies.map((m) => m.body)).toEqual(["Hi Dana, our team will send the prices today."]);
    const [stamp, ...more] = await stamps();
    expect(more).toEqual([]);
    expect(JSON.stringify(stamp!.systemStamp)).toBe(
      JSON.stringify({
        type: "automation",
        automationName: "Price questions",
        fieldsExtracted: [],
        actions: ["assign", "reply"],
      }),
    );
    expect(messages.at(-1)!._id).toBe(stamp!._id);
    expect(await runs(created.data._id)).toEqual([
      expect.objectContaining({ conversationId, outcome: "fired", actions: ["assign", "reply"] }),
    ]);
    const log = await callRoute(runsRoute.GET, "GET", "/", {
      token: world.manager.token,
      params: { id: created.data._id },
    });
    expect(log.body).toMatchObject({
      runs: [{ conversationId, outcome: "fired", contactName: world.contact.fullName }],
      next: null,
    });
  });

  it("evaluates all or any, attributes, assignee, autopilot and business hours", async () => {
    const closedAllWeek = { mon: null, tue: null, wed: null, thu: null, fri: null, sat: null, sun: null };
    const any = await rule({
      name: "Any",
      event: "message.received",
      match: "any",
      conditions: [
        { field: "attribute", name: "plan", operator: "is", value: "gold" },
        { field: "business_hours", operator: "inside", hours: closedAllWeek },
      ],
      actions: [{ type: "resolve" }],
    });
    const all = await rule({
      name: "All",
      event: "message.received",
      conditions: [
        { field: "assignee", operator: "none" },
        { field: "autopilot", operator: "off" },
        { field: "business_hours", operator: "outside", hours: closedAllWeek },
        { field: "text", operator: "matches", value: "\\bhuman\\b" },
      ],
      actions: [{ type: "assign", mode: "least_busy", userIds: [world.agent.id, world.otherAgent.id] }],
    });
    await inbound("a human please");
    await drain();
    expect(await runs(any.data._id)).toEqual([]);
    expect((await runs(all.data._id)).map((r) => r.outcome)).toEqual(["fired"]);
    // The least busy of the two: neither has an open conversation, so the first by id.
    expect(await assignees()).toEqual([[world.agent.id, world.otherAgent.id].sort()[0]]);

    await db.contact.update({ where: { id: world.contact.id }, data: { attributes: { plan: "Gold" } } });
    await inbound("a human please");
    await drain();
    expect((await runs(any.data._id)).map((r) => r.outcome)).toEqual(["fired"]);
    expect((await runs(all.data._id)).map((r) => r.outcome)).toEqual(["fired"]); // someone is assigned now
    expect((await db.conversation.findUniqueOrThrow({ where: { id: conversationId } })).isResolved).toBe(true);
  });

  it("deals new conversations in turn, and fires on assignment, resolution and reopening", async () => {
    const pool = [world.agent.id, world.otherAgent.id].sort();
    const turns = await rule({
      name: "In turn",
      event: "conversation.created",
      actions: [{ type: "assign", mode: "round_robin", userIds: pool }],
    });
    const onAssigned = await rule({
      name: "On assigned",
      event: "conversation.assigned",
      actions: [{ type: "autopilot_off" }],
    });
    const onResolved = await rule({
      name: "On resolved",
      event: "conversation.resolved",
      actions: [{ type: "autopilot_off" }],
    });
    const onReopened = await rule({
      name: "On reopened",
      event: "conversation.reopened",
      actions: [{ type: "autopilot_off" }],
    });
    const chosen: string[] = [];
    for (const from of ["+15550000001", "+15550000002", "+15550000003"]) {
      const received = await inbound("hi", from);
      await drain();
      chosen.push(...(await assignees(received.conversationId)));
    }
    expect(chosen).toEqual([pool[0], pool[1], pool[0]]);
    expect(await runs(turns.data._id)).toHaveLength(3);
    // Each assignment was an automation's: one level deeper, still within the limit.
    expect(await runs(onAssigned.data._id)).toHaveLength(3);

    const res = await callRoute(conversationRoute.PUT, "PUT", "/", {
      token: world.admin.token,
      params: { id: conversationId },
      body: { isResolved: true },
    });
    expect(res.status).toBe(200);
    await drain();
    expect(await runs(onResolved.data._id)).toEqual([expect.objectContaining({ conversationId })]);
    await inbound("one more thing");
    await drain();
    expect(await runs(onReopened.data._id)).toEqual([expect.objectContaining({ conversationId })]);
  });

  it("turns the autopilot on with a process, and the contact's message is answered by it", async () => {
    expect(
      (
        await callRoute(providerRoute.PUT, "PUT", "/", {
          token: world.admin.token,
          body: { baseUrl: model.baseUrl, model: "fake-1", apiKey: MODEL_KEY },
        })
      ).status,
    ).toBe(200);
    const process = await callRoute(processesRoute.POST, "POST", "/", {
      token: world.manager.token,
      body: { name: "Leads", instructions: "Book a viewing.", actions: ["reply"], replyDelaySeconds: 5 },
    });
    await rule({
      name: "Autopilot for leads",
      event: "message.received",
      conditions: [{ field: "text", operator: "contains", value: "viewing" }],
      actions: [{ type: "autopilot_on", processId: process.body.data._id }],
    });
    await inbound("Can I book a viewing?");
    await drain();
    const conversation = await db.conversation.findUniqueOrThrow({ where: { id: conversationId } });
    expect(conversation).toMatchObject({ isAutopilot: true, process: process.body.data._id });
    const { rows } = await pool().query(`SELECT id FROM pgboss.job WHERE name = 'autopilot' AND singleton_key = $1`, [
      conversationId,
    ]);
    expect(rows).toHaveLength(1);
  });

  it("stops a rule that triggers itself at the chain limit, with a stamp saying so", async () => {
    const echo = await rule({ name: "Echo", event: "message.sent", actions: [{ type: "reply", template: "Noted." }] });
    const sent = await callRoute(replyRoute.POST, "POST", "/", {
      token: world.admin.token,
      params: { id: conversationId },
      body: { body: "Hello from a person" },
    });
    expect(sent.status).toBe(201);
    await drain();
    const outcomes = (await runs(echo.data._id)).map((r) => r.outcome);
    expect(outcomes).toEqual([...Array(MAX_CHAIN).fill("fired"), "limited"]);
    const messages = await thread();
    expect(messages.filter((m) => m.body === "Noted.")).toHaveLength(MAX_CHAIN);
    expect(messages.at(-1)).toMatchObject({
      senderType: "SYSTEM",
      body: `Not run: ${MAX_CHAIN} automations in a row already acted on this conversation (the limit, against loops).`,
    });
  });

  it("records nothing for a change that was rolled back, and nothing twice for one that committed", async () => {
    const counting = await rule({ name: "Counting", event: "message.received", actions: [{ type: "autopilot_off" }] });
    const recorded = await db.changeEvent.count({ where: { conversationId } });
    await rolledBackMessage(conversationId, phone);
    expect(await db.changeEvent.count({ where: { conversationId } })).toBe(recorded);
    await inbound("kept");
    await Promise.all([drain(), drain(), drain()]);
    expect(await runs(counting.data._id)).toHaveLength(1);
  });

  it("tries a rule on a conversation without changing anything", async () => {
    await inbound("What does it cost?");
    await drain();
    const before = await db.message.count({ where: { conversationId } });
    const res = await callRoute(tryRoute.POST, "POST", "/", {
      token: world.manager.token,
      body: {
        conversationId,
        rule: {
          event: "message.received",
          match: "all",
          conditions: [
            { field: "text", operator: "contains", value: "cost" },
            { field: "assignee", operator: "is", userId: world.agent.id },
          ],
          actions: [{ type: "resolve" }],
        },
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      matched: false,
      conditions: [
        { description: "the text contains “cost”", met: true },
        { description: `${world.agent.fullName} is assigned`, met: false },
      ],
      actions: ["resolve it"],
    });
    expect(await db.message.count({ where: { conversationId } })).toBe(before);
    expect((await db.conversation.findUniqueOrThrow({ where: { id: conversationId } })).isResolved).toBe(false);
  });
});

describe("time-based rules", () => {
  it("fires once when the contact waited long enough, and not when we answered in between", async () => {
    const waiting = await rule({
      name: "Waiting",
      event: "time.no_reply_from_us",
      delaySeconds: 600,
      actions: [{ type: "assign", mode: "person", userId: world.otherAgent.id }],
    });
    await inbound("first");
    await inbound("second, while waiting");
    await drain();
    const jobs = await timerJobs(waiting.data._id);
    // One clock per silence: the second message started none.
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.start_after.getTime() - Date.now()).toBeGreaterThan(590_000);
    const later = new Date(Date.now() + 601_000);
    await Promise.all([runTimer(jobs[0]!.data, later), runTimer(jobs[0]!.data, later)]);
    expect((await runs(waiting.data._id)).map((r) => r.triggerKey)).toEqual([`wait:${jobs[0]!.data.messageId}`]);
    expect(await assignees()).toEqual([world.otherAgent.id]);

    // A new silence, broken by a person's reply before it was due: nothing.
    const reply = (body: string) =>
      callRoute(replyRoute.POST, "POST", "/", {
        token: world.admin.token,
        params: { id: conversationId },
        body: { body },
      });
    await reply("On it");
    await inbound("third");
    await drain();
    const [next] = (await timerJobs(waiting.data._id)).filter((job) => job.id !== jobs[0]!.id);
    await reply("Answered");
    await runTimer(next!.data, new Date(Date.now() + 601_000));
    expect(await runs(waiting.data._id)).toHaveLength(1);
  });

  it("counts a rule's own reply as no answer: the contact still waits", async () => {
    await rule({
      name: "Ack",
      event: "message.received",
      actions: [{ type: "reply", template: "Got it, a person will answer." }],
    });
    const waiting = await rule({
      name: "Still waiting",
      event: "time.no_reply_from_us",
      delaySeconds: 60,
      actions: [{ type: "assign", mode: "least_busy", userIds: [world.agent.id] }],
    });
    await inbound("Hello?");
    await drain();
    expect((await thread()).filter((m) => m.senderType === "AI").map((m) => m.body)).toEqual([
      "Got it, a person will answer.",
    ]);
    const [job] = await timerJobs(waiting.data._id);
    await runTimer(job!.data, new Date(Date.now() + 61_000));
    expect(await runs(waiting.data._id)).toHaveLength(1);
    expect(await assignees()).toEqual([world.agent.id]);
  });

  it("keeps handled change events a week, then prunes them", async () => {
    const { pruneEvents } = await import("@/lib/db/change-events");
    await inbound("recent");
    await drain();
    // The webhooks' mark too: an event goes once every consumer had it.
    while ((await dispatchPendingEvents()) > 0) {}
    const [old, recent] = await db.changeEvent.findMany({ where: { conversationId }, orderBy: { id: "asc" }, take: 2 });
    await db.changeEvent.update({ where: { id: old!.id }, data: { createdAt: new Date(Date.now() - 8 * 86_400_000) } });
    expect(await pruneEvents()).toBeGreaterThanOrEqual(1);
    expect(await db.changeEvent.findUnique({ where: { id: old!.id } })).toBeNull();
    expect(await db.changeEvent.findUnique({ where: { id: recent!.id } })).not.toBeNull();
  });

  it("resolves a conversation the contact left unanswered, counting from our last message", async () => {
    const quiet = await rule({
      name: "Quiet",
      event: "time.no_reply_from_contact",
      delaySeconds: 3 * 86_400,
      actions: [{ type: "resolve" }],
    });
    for (const body of ["Here is the quote", "Any questions?"]) {
      await callRoute(replyRoute.POST, "POST", "/", {
        token: world.admin.token,
        params: { id: conversationId },
        body: { body },
      });
    }
    await drain();
    const jobs = await timerJobs(quiet.data._id);
    expect(jobs).toHaveLength(2);
    const later = new Date(Date.now() + 3 * 86_400_000 + 1000);
    for (const job of jobs) await runTimer(job.data, later);
    // Only the silence after our last message counts.
    expect(await runs(quiet.data._id)).toHaveLength(1);
    expect((await db.conversation.findUniqueOrThrow({ where: { id: conversationId } })).isResolved).toBe(true);
  });
});

describe("webhook and model actions", () => {
  it("calls the webhook signed (Standard Webhooks), retries with the same id, and only at the configured URL", async () => {
    const created = await rule({
      name: "Tell the CRM",
      event: "message.received",
      actions: [{ type: "webhook", url: receiver.url }],
    });
    expect(created.webhookSecret).toMatch(/^whsec_/);
    const listed = await callRoute(automationsRoute.GET, "GET", "/", { token: world.manager.token });
    expect(JSON.stringify(listed.body)).not.toContain(created.webhookSecret);
    expect(await db.automation.findUniqueOrThrow({ where: { id: created.data._id } })).not.toMatchObject({
      webhookSecret: expect.stringContaining(created.webhookSecret!.slice(6, 20)),
    });

    await inbound("new lead");
    await drain();
    const [job] = await webhookJobs(created.data._id);
    receiver.answers.push({ status: 503 }, { status: 200 });
    await expect(deliverWebhook(job!.data, job!.id, false)).rejects.toThrow("Webhook answered 503");
    await deliverWebhook(job!.data, job!.id, false);
    expect(receiver.received).toHaveLength(2);
    const [first, second] = receiver.received;
    expect(second!.headers["webhook-id"]).toBe(first!.headers["webhook-id"]);
    const verified = new Webhook(created.webhookSecret!).verify(second!.body, {
      "webhook-id": second!.headers["webhook-id"] as string,
      "webhook-timestamp": second!.headers["webhook-timestamp"] as string,
      "webhook-signature": second!.headers["webhook-signature"] as string,
    }) as { type: string; data: { automation: { name: string }; conversation: { _id: string } } };
    expect(verified).toMatchObject({
      type: "automation.fired",
      data: { automation: { name: "Tell the CRM" }, conversation: { _id: conversationId } },
    });
    expect((await runs(created.data._id))[0]!.detail).toBe("Webhook answered 200");

    // A rotated secret signs from then on; the old one no longer verifies.
    const rotated = await callRoute(secretRoute.POST, "POST", "/", {
      token: world.manager.token,
      params: { id: created.data._id },
    });
    expect(rotated.body.webhookSecret).toMatch(/^whsec_/);
    await deliverWebhook(job!.data, job!.id, false);
    const third = receiver.received[2]!;
    const headers = {
      "webhook-id": third.headers["webhook-id"] as string,
      "webhook-timestamp": third.headers["webhook-timestamp"] as string,
      "webhook-signature": third.headers["webhook-signature"] as string,
    };
    expect(() => new Webhook(created.webhookSecret!).verify(third.body, headers)).toThrow();
    expect(() => new Webhook(rotated.body.webhookSecret).verify(third.body, headers)).not.toThrow();
  });

  it("never reaches a private or, in production, a loopback address, however the name resolves", async () => {
    for (const address of [
      "10.0.0.1",
      "192.168.1.5",
      "172.16.0.1",
      "169.254.169.254",
      "::1",
      "fc00::1",
      "fe80::1",
      "::ffff:10.0.0.1",
      "0.0.0.0",
      "100.64.0.1",
    ]) {
      expect(reachable(address, true), address).toBe(address === "::1");
    }
    expect(reachable("93.184.215.14", false)).toBe(true);
    expect(reachable("127.0.0.1", false)).toBe(false);
    // The name resolves to our own receiver on loopback, and loopback is not allowed: nothing arrives.
    const port = new URL(receiver.url).port;
    const { resolver } = loopbackOnly(["127.0.0.1"]);
    const request = { headers: {}, body: "{}", timeoutMs: 5000 };
    await expect(
      postOutbound(`http://hooks.example.test:${port}/x`, request, {
        ...loopbackOnly(["127.0.0.1"]),
        allowLoopback: false,
      }),
    ).rejects.toBeInstanceOf(BlockedAddress);
    await expect(
      postOutbound(`http://127.0.0.1:${port}/x`, request, { ...loopbackOnly([]), allowLoopback: false }),
    ).rejects.toBeInstanceOf(BlockedAddress);
    expect(receiver.received).toEqual([]);
    // Allowed, the same call arrives; a redirect is answered, not followed.
    receiver.answers.push({ status: 302 });
    const answer = await postOutbound(`http://hooks.example.test:${port}/x`, request, {
      resolver,
      connectTo: () => "127.0.0.1",
      allowLoopback: true,
    });
    expect(answer.status).toBe(302);
    expect(receiver.received).toHaveLength(1);
  });

  it("has the model extract fields first, then stamps them with the firing", async () => {
    expect(
      (
        await callRoute(providerRoute.PUT, "PUT", "/", {
          token: world.admin.token,
          body: { baseUrl: model.baseUrl, model: "fake-1", apiKey: MODEL_KEY },
        })
      ).status,
    ).toBe(200);
    const created = await rule({
      name: "Lead follow-up",
      event: "message.received",
      actions: [
        { type: "extract", fields: [{ name: "firstName", type: "text", description: "Their first name" }] },
        { type: "reply", template: "Thanks {{contact.firstName}}!" },
      ],
    });
    model.answer({ toolCalls: [{ name: "extract", arguments: { firstName: "Dana" } }] });
    await inbound("Hi, I'm Dana");
    await drain();
    const { rows } = await pool().query<{ id: string; data: never }>(
      `SELECT id, data FROM pgboss.job WHERE name = 'automation-model' AND data->>'automationId' = $1`,
      [created.data._id],
    );
    expect(rows).toHaveLength(1);
    await runModelStep(rows[0]!.data, false);
    await runModelStep(rows[0]!.data, false); // a second run after a crash asks and fires nothing more
    expect(model.requests).toHaveLength(1);
    expect(model.requests[0]!.tools?.map((tool) => tool.function.name)).toEqual(["extract"]);
    const [stamp, ...more] = await stamps();
    expect(more).toEqual([]);
    expect(JSON.stringify(stamp!.systemStamp)).toBe(
      JSON.stringify({
        type: "automation",
        automationName: "Lead follow-up",
        fieldsExtracted: ["firstName"],
        actions: ["extract_fields", "reply"],
      }),
    );
    expect((await thread()).filter((m) => m.senderType === "AI").map((m) => m.body)).toEqual(["Thanks Dana!"]);
    expect((await db.contact.findUniqueOrThrow({ where: { id: world.contact.id } })).attributes).toEqual({
      firstName: "Dana",
    });
  });
});
