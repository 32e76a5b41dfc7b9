import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import * as automationsRoute from "@/app/api/automations/route";
import * as endpointsRoute from "@/app/api/webhooks/endpoints/route";
import { db } from "@/lib/db/client";
import { receiveInboundMessage } from "@/lib/inbound/receive";
import { callRoute } from "../support/call-route";
import { conversationOf, createOrganization } from "../support/factories";
import { workerProcesses } from "../support/workers";

// Real worker processes (`npm run worker`'s script) on this run's database. A contact's message is
// committed while no worker runs (as after a crash between the commit and the rule's turn); two
// workers then start: the rule on the message fires once, the time-based rule fires once when its
// moment comes, whichever worker takes it, and an integrator's endpoint (a receiver on loopback)
// hears of the message once.

const workers = workerProcesses(() => ({}));
afterEach(() => workers.stopAll());

let receiver: Server;
let hooks: string;
const heard: { id: string; type: string }[] = [];
beforeAll(async () => {
  receiver = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => {
      heard.push({ id: String(request.headers["webhook-id"]), type: JSON.parse(body).type });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  hooks = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
});
afterAll(() => new Promise((resolve) => receiver.close(resolve)));

it("fires an event rule and a time-based rule once each, and delivers each webhook once, across two workers started after the commit", {
  timeout: 60_000,
}, async () => {
  const world = await createOrganization();
  const conversation = await conversationOf(world);
  const create = async (body: Record<string, unknown>) => {
    const res = await callRoute(automationsRoute.POST, "POST", "/", { token: world.manager.token, body });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.data._id as string;
  };
  const onMessage = await create({
    name: "To the agent",
    event: "message.received",
    actions: [{ type: "assign", mode: "person", userId: world.agent.id }],
  });
  const onWait = await create({
    name: "Waited a second",
    event: "time.no_reply_from_us",
    delaySeconds: 1,
    actions: [{ type: "assign", mode: "person", userId: world.otherAgent.id }],
  });
  const endpoint = await callRoute(endpointsRoute.POST, "POST", "/", {
    token: world.admin.token,
    body: { url: hooks, events: ["message.created"] },
  });
  expect(endpoint.status).toBe(200);
  const received = await receiveInboundMessage({
    organizationId: world.organization.id,
    inbound: { channelType: "sms", from: conversation.channelIdentifier, body: "Anyone there?", attachments: [] },
  });

  workers.start();
  workers.start();
  const runs = (automationId: string) => db.automationRun.count({ where: { automationId } });
  await expect.poll(() => runs(onMessage), { timeout: 40_000, interval: 200 }).toBe(1);
  await expect.poll(() => runs(onWait), { timeout: 40_000, interval: 200 }).toBe(1);
  // Nothing else is left to fire it: its one job is done. (The queue marks it completed after the
  // run it made has committed: read at once, a loaded machine can still see it active.)
  const { pool } = await import("@/lib/db/client");
  const timerJobs = async () =>
    (
      await pool().query(
        `SELECT state FROM pgboss.job WHERE name = 'automation-timer' AND data->>'automationId' = $1`,
        [onWait],
      )
    ).rows.map((row) => row.state);
  await expect.poll(timerJobs, { timeout: 20_000, interval: 100 }).toEqual(["completed"]);
  const stamps = await db.message.findMany({
    where: { conversationId: conversation.id, senderType: "SYSTEM" },
    orderBy: { createdAt: "asc" },
  });
  expect(stamps.map((m) => m.automationName)).toEqual(["To the agent", "Waited a second"]);
  const assignees = await db.conversationAssignee.findMany({ where: { conversationId: conversation.id } });
  expect(assignees.map((a) => a.userId)).toEqual([world.otherAgent.id]);
  // The contact's message and the two stamps, each once, under one id each.
  await expect.poll(() => heard.length, { timeout: 20_000, interval: 100 }).toBe(3);
  expect(new Set(heard.map((h) => h.id)).size).toBe(3);
  const [delivery] = await db.webhookDelivery.findMany({
    where: { endpointId: endpoint.body.data._id, payload: { contains: received.messageId } },
  });
  expect(heard.map((h) => h.id)).toContain(`msg_${delivery!.id}`);
});
