import { afterEach, expect, it } from "vitest";
import * as snoozeRoute from "@/app/api/conversation/[id]/snooze/route";
import { db, pool } from "@/lib/db/client";
import { callRoute } from "../support/call-route";
import { conversationOf, createOrganization } from "../support/factories";
import { workerProcesses } from "../support/workers";

// A snoozed conversation comes back on time once, whichever of two worker processes (`npm run
// worker`'s script, as every app server runs them) takes its wake-up: never before its time, and
// its __v moved by exactly one.

const workers = workerProcesses(() => ({}));
afterEach(() => workers.stopAll());

it("wakes a snoozed conversation once, at its time, across two workers", { timeout: 60_000 }, async () => {
  const world = await createOrganization();
  const conversation = await conversationOf(world);
  // Far enough ahead that a slow machine still snoozes before it; the workers take longer to start.
  const until = new Date(Date.now() + 4_000).toISOString();
  const snoozed = await callRoute(snoozeRoute.PUT, "PUT", "/", {
    token: world.manager.token,
    params: { id: conversation.id },
    body: { until },
  });
  expect(snoozed.body.data).toMatchObject({ __v: 1, snooze: { until } });

  workers.start();
  workers.start();
  const state = () => db.conversation.findUniqueOrThrow({ where: { id: conversation.id } });
  await expect.poll(async () => (await state()).isSnoozed, { timeout: 40_000, interval: 200 }).toBe(false);
  const woken = await state();
  expect(woken.version).toBe(2);
  expect(woken.updatedAt.getTime()).toBeGreaterThanOrEqual(Date.parse(until));
  // One job, completed: the queue marks it so after the wake it made has committed, so it is waited for.
  const jobs = async () =>
    (
      await pool().query(
        `SELECT state FROM pgboss.job WHERE name = 'conversation-wake' AND data->>'conversationId' = $1`,
        [conversation.id],
      )
    ).rows.map((row) => row.state);
  await expect.poll(jobs, { timeout: 20_000, interval: 200 }).toEqual(["completed"]);
});
