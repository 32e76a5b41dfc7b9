// The automations scenario of `npm run bench` (--only automations). Four passes of contact
// messages through the generic inbound webhook (interleaved a quarter at a time), one request at a
// time so that what is timed is one message's path, not the queue in front of it: the change-event
// triggers off (the webhook as it was before rules existed: the baseline), the triggers on with no
// rule, with 49 enabled rules whose condition never holds (each message evaluated against all of
// them), and with those and one more that fires on every message. The webhook's own latency is what
// a provider waits for; rules run after the commit, on the app's worker, so the last pass also
// measures how long after the message each firing committed (database clocks: the message's
// transaction to its stamp's). Then the time-based rules' lookup: the app's worker fetching due
// timers from pg-boss with 200,000 waiting (one per conversation at full size) against an empty queue.
import type pg from "pg";
import { PgBoss } from "pg-boss";
import { percentile } from "./process-tree";

const TRIGGERS = [
  { table: "Message", name: "message_change" },
  { table: "Conversation", name: "conversation_change" },
  { table: "ConversationAssignee", name: "assignee_change" },
];

export async function benchAutomations(options: {
  appUrl: string;
  pool: pg.Pool;
  databaseUrl: string;
  organizationId: string;
  inboundSecret: string;
  log: (line: string) => void;
  messages?: number;
  timers?: number;
}) {
  const { appUrl, pool, organizationId, log } = options;
  const messages = options.messages ?? 800;
  const setTriggers = async (on: boolean) => {
    for (const trigger of TRIGGERS)
      await pool.query(`ALTER TABLE "${trigger.table}" ${on ? "ENABLE" : "DISABLE"} TRIGGER ${trigger.name}`);
  };
  const { rows: senders } = await pool.query<{ channelIdentifier: string }>(
    `SELECT DISTINCT c."channelIdentifier" FROM "Conversation" c WHERE c."organizationId" = $1 AND c."channelType" = 'sms' LIMIT 200`,
    [organizationId],
  );
  /** One pass: `count` webhook calls one after another, and their latencies. */
  let sent = 0;
  const pass = async (label: string, count: number) => {
    const times: number[] = [];
    let failures = 0;
    for (let i = 0; i < count; i++) {
      const n = sent++;
      const started = performance.now();
      const response = await fetch(`${appUrl}/api/webhooks/inbound`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${options.inboundSecret}` },
        body: JSON.stringify({
          channelType: "sms",
          from: senders[n % senders.length]?.channelIdentifier,
          body: `bench rules ${label} ${n}`,
        }),
      });
      await response.arrayBuffer();
      times.push(performance.now() - started);
      if (response.status !== 201) failures++;
    }
    return { times, failures };
  };

  try {
    await pool.query(
      `INSERT INTO "Automation" ("organizationId", name, event, conditions, actions, enabled)
       SELECT $1, 'bench never ' || n, 'message.received', '[{"field":"text","operator":"contains","value":"zz-never"}]'::jsonb,
              '[{"type":"resolve"}]'::jsonb, false
       FROM generate_series(1, 49) n
       UNION ALL SELECT $1, 'bench every message', 'message.received',
              '[{"field":"channel","operator":"is","value":["sms"]}]'::jsonb, '[{"type":"autopilot_off"}]'::jsonb, false`,
      [organizationId],
    );
    // Off, the 49 that never fire, or all 50.
    const setRules = (which: "none" | "never" | "all") =>
      pool.query(
        `UPDATE "Automation" SET enabled = ($2 = 'all' OR ($2 = 'never' AND name LIKE 'bench never %'))
         WHERE "organizationId" = $1 AND name LIKE 'bench %'`,
        [organizationId, which],
      );
    await pass("warm-up", 100);
    // The four passes interleaved, a quarter at a time, so that a noisy moment of the shared
    // machine falls on all of them alike.
    const times = {
      baseline: [] as number[],
      noRules: [] as number[],
      quietRules: [] as number[],
      withRules: [] as number[],
    };
    let failures = 0;
    const since = new Date();
    for (let round = 0; round < 4; round++) {
      await setTriggers(false);
      const a = await pass("baseline", messages / 4);
      await setTriggers(true);
      const b = await pass("no-rules", messages / 4);
      await setRules("never");
      const q = await pass("quiet", messages / 4);
      await setRules("all");
      const c = await pass("rules", messages / 4);
      await setRules("none");
      times.baseline.push(...a.times);
      times.noRules.push(...b.times);
      times.quietRules.push(...q.times);
      times.withRules.push(...c.times);
      failures += a.failures + b.failures + q.failures + c.failures;
    }
    const summary = (values: number[]) => {
      const sorted = [...values].sort((x, y) => x - y);
      return { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99) };
    };
    const baseline = summary(times.baseline);
    const noRules = summary(times.noRules);
    const quietRules = summary(times.quietRules);
    const withRules = summary(times.withRules);
    // Each firing, from its message's commit to its stamp's (both the database's clock).
    const deadline = Date.now() + 60_000;
    let lags: number[] = [];
    while (Date.now() < deadline) {
      const { rows } = await pool.query<{ lag: number }>(
        `SELECT extract(epoch FROM (s."createdAt" - m."createdAt")) * 1000 AS lag
         FROM "Message" m JOIN LATERAL (
           SELECT x."createdAt" FROM "Message" x WHERE x."conversationId" = m."conversationId" AND x."senderType" = 'SYSTEM'
             AND x."automationName" = 'bench every message' AND x."createdAt" >= m."createdAt"
           ORDER BY x."createdAt" LIMIT 1) s ON true
         WHERE m."createdAt" >= $1 AND m.body LIKE 'bench rules rules %'`,
        [since],
      );
      lags = rows.map((row) => Number(row.lag));
      if (lags.length >= messages) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    lags.sort((a, b) => a - b);
    const firing = { fired: lags.length, p50: percentile(lags, 0.5), p99: percentile(lags, 0.99) };
    const timers = await benchTimers(options.databaseUrl, options.timers ?? 200_000, log);
    const result = {
      messages,
      failures,
      baseline,
      noRules,
      quietRules,
      withRules,
      addedP50: withRules.p50 - baseline.p50,
      addedP99: withRules.p99 - baseline.p99,
      firing,
      timers,
    };
    log(`automations: ${JSON.stringify(result)}`);
    return result;
  } finally {
    await setTriggers(true);
    await pool.query(`DELETE FROM "Automation" WHERE "organizationId" = $1 AND name LIKE 'bench %'`, [organizationId]);
  }
}

/**
 * The worker's look for due timers (pg-boss's fetch on "automation-timer"), 200 times, with the
 * queue empty and then holding `count` timers due next week; then the plan of pg-boss's own fetch.
 */
async function benchTimers(databaseUrl: string, count: number, log: (line: string) => void) {
  const boss = new PgBoss({ connectionString: databaseUrl, max: 2, migrate: false, schedule: false, supervise: false });
  await boss.start();
  const fetches = async () => {
    const times: number[] = [];
    for (let n = 0; n < 200; n++) {
      const started = performance.now();
      await boss.fetch("automation-timer", { batchSize: 8 });
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return { p50: percentile(times, 0.5), p99: percentile(times, 0.99) };
  };
  try {
    await boss.deleteAllJobs("automation-timer");
    const empty = await fetches();
    const nextWeek = new Date(Date.now() + 7 * 86_400_000);
    for (let start = 0; start < count; start += 10_000) {
      await boss.insert(
        "automation-timer",
        Array.from({ length: Math.min(10_000, count - start) }, (_, i) => ({
          data: { automationId: "bench", conversationId: "bench", messageId: String(start + i) },
          singletonKey: `bench:${start + i}`,
          startAfter: nextWeek,
        })),
      );
    }
    const full = await fetches();
    log(`timers: empty ${JSON.stringify(empty)}, ${count} waiting ${JSON.stringify(full)}`);
    return { waiting: count, empty, full, ratio: full.p50 / Math.max(empty.p50, 0.001) };
  } finally {
    await boss.deleteAllJobs("automation-timer").catch(() => undefined);
    await boss.stop({ graceful: false, close: true });
  }
}
