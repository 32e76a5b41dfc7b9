import { once } from "node:events";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import * as providerRoute from "@/app/api/ai/provider/route";
import * as conversationRoute from "@/app/api/conversation/[id]/route";
import * as processesRoute from "@/app/api/processes/route";
import { db, pool } from "@/lib/db/client";
import { receiveInboundMessage } from "@/lib/inbound/receive";
import { callRoute } from "../support/call-route";
import { connectTwilio, TWILIO_ACCOUNT } from "../support/channels";
import { conversationOf, createOrganization } from "../support/factories";
import { type FakeModel, startFakeModel } from "../support/fake-openai";
import { type FakeTwilio, startFakeTwilio } from "../support/fake-twilio";
import { workerProcesses } from "../support/workers";

// `kill -9` of the worker while the model holds its answer, then a new worker: the contact gets
// one AI reply, through Twilio, exactly once. Real worker processes (`npm run worker`'s script) on
// this run's database; the model and Twilio are fakes on loopback.

let model: FakeModel;
let twilio: FakeTwilio;
const workers = workerProcesses(() => ({ TWILIO_API_BASE: twilio.url }));
beforeAll(async () => {
  model = await startFakeModel();
  twilio = await startFakeTwilio(TWILIO_ACCOUNT);
});
afterEach(() => workers.stopAll());

afterAll(async () => {
  await model.stop();
  await twilio.stop();
});

it("sends one AI reply across a worker killed while the model was answering", { timeout: 60_000 }, async () => {
  const world = await createOrganization();
  expect((await connectTwilio(world.admin.token)).status).toBe(201);
  await callRoute(providerRoute.PUT, "PUT", "/", {
    token: world.admin.token,
    body: { baseUrl: model.baseUrl, model: "fake-1" },
  });
  const process = await callRoute(processesRoute.POST, "POST", "/", {
    token: world.admin.token,
    body: { name: "Front desk", instructions: "Answer briefly.", replyDelaySeconds: 0 },
  });
  const conversation = await conversationOf(world, { ownerId: world.agent.id });
  const on = await callRoute(conversationRoute.PUT, "PUT", "/", {
    token: world.admin.token,
    params: { id: conversation.id },
    body: { isAutopilot: true, process: process.body.data._id },
  });
  expect(on.status).toBe(200);
  const body = `Are you open today? ${world.organization.id}`;
  await receiveInboundMessage({
    organizationId: world.organization.id,
    inbound: { channelType: "sms", from: conversation.channelIdentifier, body, attachments: [] },
  });
  // Time passing, in the job's terms: a held turn expires after 1 s instead of 90, and is retried at once.
  const expired = await pool().query(
    `UPDATE pgboss.job SET expire_seconds = 1, retry_delay = 0 WHERE name = 'autopilot' AND data->>'conversationId' = $1`,
    [conversation.id],
  );
  expect(expired.rowCount).toBe(1);

  const held = model.holdNext();
  const first = workers.start();
  await held; // the model has the request; the worker waits for an answer that will not come
  first.kill("SIGKILL");
  await once(first, "exit");

  workers.start(); // the model now answers (its fallback: "You said: …")
  const reply = `You said: ${body}`;
  await expect
    .poll(async () => twilio.messages.filter((m) => m.body === reply).length, { timeout: 40_000, interval: 250 })
    .toBe(1);
  // Twilio has it before the worker records its answer: the status is "sent" once that commits.
  const ai = () => db.message.findMany({ where: { conversationId: conversation.id, senderType: "AI" } });
  await expect
    .poll(async () => (await ai()).map((m) => [m.body, m.status]), { timeout: 10_000, interval: 100 })
    .toEqual([[reply, "sent"]]);
  expect(await db.message.count({ where: { conversationId: conversation.id, senderType: "SYSTEM" } })).toBe(1);
  expect(model.requests).toHaveLength(2);
});
