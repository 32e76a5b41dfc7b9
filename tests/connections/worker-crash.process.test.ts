import { once } from "node:events";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import * as channelsRoute from "@/app/api/channels/route";
import * as replyRoute from "@/app/api/conversation/[id]/messages/route";
import { db, pool } from "@/lib/db/client";
import { callRoute } from "../support/call-route";
import { conversationOf, createOrganization } from "../support/factories";
import { type FakeTwilio, startFakeTwilio } from "../support/fake-twilio";
import { workerProcesses } from "../support/workers";

// `kill -9` of the worker while Twilio holds its send, then a new worker: every queued reply reaches
// Twilio exactly once (the fake counts them). Real worker processes (`npm run worker`'s script) on
// this run's database.

const ACCOUNT_SID = `AC${"d4".repeat(16)}`;
const AUTH_TOKEN = "crash-auth-token-0123456789abcdef";

let twilio: FakeTwilio;
const workers = workerProcesses(() => ({ TWILIO_API_BASE: twilio.url }));
beforeAll(async () => {
  twilio = await startFakeTwilio({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
});
afterEach(() => workers.stopAll());

afterAll(() => twilio.stop());

it("sends every reply exactly once across a worker killed mid-send", { timeout: 60_000 }, async () => {
  const world = await createOrganization();
  await callRoute(channelsRoute.POST, "POST", "/", {
    token: world.admin.token,
    body: {
      provider: "twilio",
      name: "Line",
      accountSid: ACCOUNT_SID,
      authToken: AUTH_TOKEN,
      fromNumber: "+15550003333",
    },
  });
  const conversation = await conversationOf(world, { ownerId: world.agent.id });
  const bodies = ["one", "two", "three", "four", "five"].map((word) => `Reply ${word} ${world.organization.id}`);
  const ids: string[] = [];
  for (const body of bodies) {
    const res = await callRoute(replyRoute.POST, "POST", "/", {
      token: world.agent.token,
      params: { id: conversation.id },
      body: { body },
    });
    ids.push(res.body.data._id);
  }
  // Time passing, in the jobs' terms: a held job expires after 1 s instead of a minute.
  await pool().query(
    `UPDATE pgboss.job SET expire_seconds = 1 WHERE name = 'outbound' AND data->>'messageId' = ANY($1)`,
    [ids],
  );

  const held = twilio.holdNextSend();
  const first = workers.start();
  await held; // Twilio has taken one message; the worker waits for an answer that will not come
  first.kill("SIGKILL");
  await once(first, "exit");

  workers.start();
  await expect
    .poll(async () => db.message.count({ where: { id: { in: ids }, status: "sent" } }), {
      timeout: 40_000,
      interval: 250,
    })
    .toBe(bodies.length);
  const sent = twilio.messages.filter((m) => bodies.includes(m.body)).map((m) => m.body);
  expect(sent.toSorted()).toEqual(bodies.toSorted());
});
