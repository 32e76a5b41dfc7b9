// `npm run bench [-- --scale 1 --duration 5 --concurrency 1,16,64 --embedded --skip-build --only inbox|live|webchat|notify|autopilot|automations|webhooks|mail]`
// Builds and starts the production server on a generated dataset, starts the baseline (plain
// node:http + pg) on the same database, drives both with autocannon at several concurrencies as an
// agent and as a manager, checks that concurrent writes lost nothing, and writes one table to
// bench/results/<name>.{json,md}.
import { spawn } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import http from "node:http";
import { parseArgs } from "node:util";
import pg from "pg";
import { hashToken } from "@/lib/auth/api-token";
import { sealSecrets } from "@/lib/connections/sealing";
import { keyring } from "@/lib/crypto/secret-box";
import { migrate, readMigrations } from "@/lib/db/migrate";
import { createTestDatabase } from "@/lib/db/test-database";
import { encodeCursor } from "@/lib/http/cursor";
import { freePort } from "@/lib/tooling/free-port";
import { waitForServer } from "@/lib/tooling/wait-for-server";
import { startFakeTwilio } from "@/tests/support/fake-twilio";
import { benchAutomations } from "./automations";
import { benchAutopilot } from "./autopilot";
import { benchTokens, type DatasetSize, generateDataset, idOf, scaledSize } from "./dataset";
import { benchLive } from "./live";
import { benchMail } from "./mail";
import { benchNotify } from "./notify";
import { treeRssMb } from "./process-tree";
import { benchWebchat } from "./webchat";
import { benchWebhooks } from "./webhooks";

const { values: args } = parseArgs({
  options: {
    scale: { type: "string", default: "1" },
    duration: { type: "string", default: "5" },
    concurrency: { type: "string", default: "1,16,64" },
    embedded: { type: "boolean", default: false },
    "skip-build": { type: "boolean", default: false },
    name: { type: "string" },
    // Runs only the endpoints whose name contains this text, or one of these, comma-separated.
    only: { type: "string" },
  },
});
const scale = Number(args.scale);
const duration = Number(args.duration);
const concurrencies = args.concurrency.split(",").map(Number);
const size = scaledSize(scale);
// A generated dataset is reused while both its size and the migrations it was made with match.
const datasetKey = JSON.stringify({ size, migrations: (await readMigrations()).map((m) => m.checksum) });
// A partial run (--only) never overwrites the full results that README shows.
const resultName = args.name ?? `${args.embedded ? "embedded" : "postgres"}-${scale}${args.only ? "-partial" : ""}`;
const log = (line: string) => console.log(`[bench] ${line}`);
const BENCH_ENCRYPTION_KEY = "bench-encryption-key-bench-encryption-key";
const BENCH_TWILIO_TOKEN = "bench-twilio-auth-token";
const children: ReturnType<typeof spawn>[] = [];
process.on("exit", () => {
  for (const child of children) child.kill("SIGTERM");
});

// 1. The database, generated once per size and kept (bench/ data on a PostgreSQL server).
const database = args.embedded ? await embeddedDataset(size) : await postgresDataset(size);

// Twilio, for the replies the outbox sends (the autopilot's): a fake on loopback, as in the tests.
const fakeTwilio = await startFakeTwilio({ accountSid: `AC${"0".repeat(32)}`, authToken: BENCH_TWILIO_TOKEN });
process.on("exit", () => void fakeTwilio.stop());

// 2. The app (production build) and the baseline, on the same database.
if (!args["skip-build"]) await run("npx", ["next", "build"]);
const appPort = await freePort();
const basePort = await freePort();
const poolMax = "10";
const app = start("node", ["node_modules/next/dist/bin/next", "start", "-p", String(appPort)], {
  DATABASE_URL: database.url,
  DATABASE_POOL_MAX: poolMax,
  NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret-bench",
  ENCRYPTION_KEY: BENCH_ENCRYPTION_KEY,
  NODE_ENV: "production",
  // Lifted so that the 50k row streams the whole thread (the default answers its newest 10,000),
  // and so that 16 connections of one viewer are 16 reads, not 14 refusals.
  MESSAGES_UNPAGED_MAX: "50000",
  MESSAGES_MAX_BYTES: String(256 * 1024 * 1024),
  HEAVY_READS_PER_VIEWER: "16",
  // The webchat scenario's 5,000 visitors all come from this one address.
  WEBCHAT_REQUESTS_PER_MINUTE: "10000000",
  WEBCHAT_NEW_VISITORS_PER_MINUTE: "10000000",
  WEBCHAT_VISITOR_REQUESTS_PER_MINUTE: "10000000",
  // Providers on loopback: the bench never leaves this machine.
  TWILIO_API_BASE: fakeTwilio.url,
  GRAPH_API_BASE: "http://127.0.0.1:2/v21.0",
  // The webhook scenario's receiver listens on loopback; a killed worker's jobs come back within seconds.
  OUTBOUND_ALLOW_LOOPBACK: "true",
  JOB_SUPERVISE_SECONDS: "5",
});
const baseline = start("node", ["--import", "tsx", "bench/baseline-server.ts"], {
  DATABASE_URL: database.url,
  PORT: String(basePort),
  POOL_MAX: poolMax,
});
await waitForServer(`http://127.0.0.1:${appPort}/login`, { server: app });
await waitForServer(`http://127.0.0.1:${basePort}/`, { server: baseline });

// 3. What to drive.
const deepCursor = await cursorAtDepth(database.url, Math.min(100_000, Math.floor(size.conversations * 0.5)));
const big = idOf.conversation(1); // the 50,000-message thread
const tenK = idOf.conversation(2); // a 10,000-message thread
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
const reads: { name: string; path: string; roles: ("agent" | "manager" | "nobody")[] }[] = [
  // The framework's floor: a 401 touches no database, so this row is what routing a request costs.
  {
    name: "401 without credentials (no database)",
    path: `/api/conversation/${idOf.conversation(10)}`,
    roles: ["nobody"],
  },
  {
    name: "conversations by contact (50 threads)",
    path: `/api/conversation/all?contactId=${idOf.contact(1)}&channelType=sms`,
    roles: ["agent", "manager"],
  },
  { name: "conversation by id", path: `/api/conversation/${idOf.conversation(10)}`, roles: ["manager"] },
  {
    name: "messages, 50 of the 50k thread",
    path: `/api/conversation/messages?conversationId=${big}&limit=50`,
    roles: ["manager"],
  },
  {
    name: "messages, all of a 10k thread",
    path: `/api/conversation/messages?conversationId=${tenK}`,
    roles: ["manager"],
  },
  {
    name: "messages, all of the 50k thread (caps lifted)",
    path: `/api/conversation/messages?conversationId=${big}`,
    roles: ["manager"],
  },
  { name: "inbox all, first page", path: "/api/inbox?view=all&limit=50", roles: ["agent", "manager"] },
  { name: "inbox all, 100k rows deep", path: `/api/inbox?view=all&limit=50&cursor=${deepCursor}`, roles: ["manager"] },
  { name: "inbox mine", path: "/api/inbox?view=mine&limit=50", roles: ["agent"] },
  { name: "inbox unassigned", path: "/api/inbox?view=unassigned&limit=50", roles: ["manager"] },
  { name: "inbox search", path: "/api/inbox?view=all&q=Contact%2012345&limit=50", roles: ["manager"] },
  // Words in message text (bench/dataset.ts): one conversation's order number, a word in one
  // message of a thousand, one in one of twenty, one in every message.
  { name: "search text, one conversation", path: "/api/inbox?view=all&q=order12345&limit=50", roles: ["manager"] },
  {
    name: "search text, 0.1% of messages",
    path: "/api/inbox?view=all&q=warranty&limit=50",
    roles: ["agent", "manager"],
  },
  { name: "search text, 5% of messages", path: "/api/inbox?view=all&q=refund&limit=50", roles: ["agent", "manager"] },
  { name: "search text, every message", path: "/api/inbox?view=all&q=lorem&limit=50", roles: ["manager"] },
  // Reports over the last 30 days (at full size every conversation is in them; at tenfold, 30 of
  // the dataset's 160 days).
  {
    name: "report, 30 days by day",
    path: `/api/reports?from=${daysAgo(29)}&to=${daysAgo(0)}&by=day`,
    roles: ["manager"],
  },
  {
    name: "report, 30 days by person",
    path: `/api/reports?from=${daysAgo(29)}&to=${daysAgo(0)}&by=agent`,
    roles: ["manager"],
  },
  {
    name: "inbox by a label (14%)",
    path: `/api/inbox?view=all&labels=${idOf.label(1)}&limit=50`,
    roles: ["agent", "manager"],
  },
  { name: "inbox snoozed (3%)", path: "/api/inbox?view=all&status=snoozed&limit=50", roles: ["agent", "manager"] },
  {
    name: "inbox longest waiting (25%)",
    path: "/api/inbox?view=all&sort=waiting&limit=50",
    roles: ["agent", "manager"],
  },
  { name: "inbox mine, longest waiting", path: "/api/inbox?view=mine&sort=waiting&limit=50", roles: ["agent"] },
  { name: "inbox mine, snoozed", path: "/api/inbox?view=mine&status=snoozed&limit=50", roles: ["agent"] },
  {
    name: "inbox by two labels",
    path: `/api/inbox?view=all&labels=${idOf.label(3)},${idOf.label(1)}&limit=50`,
    roles: ["manager"],
  },
];

type Row = {
  endpoint: string;
  role: string;
  concurrency: number;
  rps: number;
  p50: number;
  p99: number;
  rssMb: number;
  baselineRps?: number;
  ratio?: number;
  note?: string;
};
const rows: Row[] = [];

const selected = (name: string) => !args.only || args.only.split(",").some((part) => name.includes(part));

for (const read of reads.filter((r) => selected(r.name))) {
  for (const role of read.roles) {
    for (const connections of concurrencies) {
      // The unpaged threads are heavy by nature: 64 connections of them measure only queueing.
      if (read.name.startsWith("messages, all") && connections > 16) continue;
      const headers: Record<string, string> = role === "nobody" ? {} : { authorization: `Bearer ${benchTokens[role]}` };
      // A second of the same load on each server first, not counted: the first read measured used to
      // carry the app's warm-up (its route loaded, its pool's connections opened) in its p99.
      for (const port of [appPort, basePort]) {
        await load({ url: `http://127.0.0.1:${port}${read.path}`, connections, duration: 1, headers });
      }
      const appResult = await measured(() =>
        load({ url: `http://127.0.0.1:${appPort}${read.path}`, connections, duration, headers }),
      );
      const baseResult = await load({
        url: `http://127.0.0.1:${basePort}${read.path}`,
        connections,
        duration,
        headers,
      });
      rows.push({
        endpoint: read.name,
        role,
        concurrency: connections,
        rps: appResult.result.rps,
        p50: appResult.result.p50,
        p99: appResult.result.p99,
        rssMb: appResult.rssMb,
        baselineRps: baseResult.rps,
        ratio: appResult.result.rps / baseResult.rps,
        note: role === "nobody" ? "every answer a 401, as intended" : failures(appResult.result),
      });
      log(formatRow(rows.at(-1)!));
    }
  }
}

// Time to the first byte of the unpaged answer, one request at a time: the median of 20 for each
// thread size (the app streams; the baseline builds the whole answer first).
const firstBytes: { thread: string; server: string; ttfbMs: number; totalMs: number; mb: number }[] = [];
if (selected("messages, all")) {
  for (const [thread, id] of [
    ["10k", tenK],
    ["50k", big],
  ] as const) {
    for (const [server, port] of [
      ["app", appPort],
      ["baseline", basePort],
    ] as const) {
      const url = `http://127.0.0.1:${port}/api/conversation/messages?conversationId=${id}`;
      const runs = [];
      for (let i = 0; i < 21; i++) runs.push(await firstByte(url, { authorization: `Bearer ${benchTokens.manager}` }));
      runs.shift(); // the first warms up
      firstBytes.push({
        thread,
        server,
        ttfbMs: median(runs.map((r) => r.ttfbMs)),
        totalMs: median(runs.map((r) => r.totalMs)),
        mb: (runs[0]?.bytes ?? 0) / 1e6,
      });
      log(`first byte, ${thread} thread, ${server}: ${JSON.stringify(firstBytes.at(-1))}`);
    }
  }
}

// 4. Writes at 16 connections, against the app and then the baseline, each connection on its own
// conversation and every write a real change (alternating values from a known start). Each write
// kind (and each server) has its own conversations. Then the check that nothing acknowledged was
// lost: once the writes still in flight when the run stopped have landed, stored >= acknowledged.
const pool = new pg.Pool({ connectionString: database.url, max: 2 });
const json = { "content-type": "application/json", authorization: `Bearer ${benchTokens.manager}` };
const [agentA, agentB] = [idOf.user(7), idOf.user(8)];
type Step = { method: "PUT" | "POST"; path: string; body: string };
const writes: { name: string; steps: Step[]; measure?: (targets: string[]) => Promise<number> }[] = [
  {
    name: "assign (PUT)",
    steps: [
      { method: "PUT", path: "/api/conversation/{id}", body: JSON.stringify({ assignees: [agentA] }) },
      { method: "PUT", path: "/api/conversation/{id}", body: JSON.stringify({ assignees: [agentB] }) },
    ],
    measure: (targets) => count(`SELECT sum(version) AS n FROM "Conversation" WHERE id = ANY($1)`, targets),
  },
  {
    name: "resolve / reopen",
    steps: [
      { method: "PUT", path: "/api/conversation/{id}/resolve", body: JSON.stringify({ isResolved: true }) },
      { method: "PUT", path: "/api/conversation/{id}/resolve", body: JSON.stringify({ isResolved: false }) },
    ],
    measure: (targets) => count(`SELECT sum(version) AS n FROM "Conversation" WHERE id = ANY($1)`, targets),
  },
  {
    name: "bulk resolve / reopen",
    steps: [
      { method: "POST", path: "/api/conversation/bulk", body: '{"conversationIds":["{id}"],"action":"resolve"}' },
      { method: "POST", path: "/api/conversation/bulk", body: '{"conversationIds":["{id}"],"action":"reopen"}' },
    ],
    measure: (targets) => count(`SELECT sum(version) AS n FROM "Conversation" WHERE id = ANY($1)`, targets),
  },
  {
    name: "mark unseen",
    steps: [{ method: "POST", path: "/api/conversation/unseen", body: '{"conversationId":"{id}"}' }],
  },
  { name: "mark seen", steps: [{ method: "POST", path: "/api/conversation/seen", body: '{"conversationId":"{id}"}' }] },
  {
    name: "reply",
    steps: [{ method: "POST", path: "/api/conversation/{id}/messages", body: '{"body":"bench reply"}' }],
    measure: (targets) =>
      count(`SELECT count(*) AS n FROM "Message" WHERE "conversationId" = ANY($1) AND body = 'bench reply'`, targets),
  },
];
let nextTarget = 100;
for (const write of writes.filter((w) => selected(`write: ${w.name}`))) {
  const measuredRuns = [];
  for (const server of [
    { url: `http://127.0.0.1:${appPort}`, app: true },
    { url: `http://127.0.0.1:${basePort}`, app: false },
  ]) {
    const targets = Array.from({ length: 16 }, () => idOf.conversation(nextTarget++));
    await pool.query(`DELETE FROM "ConversationAssignee" WHERE "conversationId" = ANY($1)`, [targets]);
    await pool.query(`UPDATE "Conversation" SET "isResolved" = false, "resolvedAt" = NULL WHERE id = ANY($1)`, [
      targets,
    ]);
    const before = write.measure ? await write.measure(targets) : 0;
    const options = { url: server.url, connections: 16, duration, headers: json };
    const perConnection = { conversationIds: targets, steps: write.steps };
    const run = server.app
      ? await measured(() => load({ ...options, perConnection }))
      : { result: await load({ ...options, perConnection }), rssMb: 0 };
    const stored = write.measure ? (await settled(() => write.measure!(targets))) - before : undefined;
    measuredRuns.push({ run, stored });
  }
  const [app, base] = measuredRuns as [(typeof measuredRuns)[0], (typeof measuredRuns)[0]];
  const { ok, sent, non2xx } = app.run.result;
  const verdict =
    app.stored === undefined
      ? "idempotent"
      : app.stored >= ok
        ? `nothing lost (${ok} acknowledged, ${app.stored} stored, ${sent} sent)`
        : `LOST: ${ok} acknowledged, ${app.stored} stored`;
  rows.push({
    endpoint: `write: ${write.name}`,
    role: "manager",
    concurrency: 16,
    rps: app.run.result.rps,
    p50: app.run.result.p50,
    p99: app.run.result.p99,
    rssMb: app.run.rssMb,
    baselineRps: base.run.result.rps,
    ratio: app.run.result.rps / base.run.result.rps,
    note: `${verdict}${non2xx ? `; ${non2xx} non-2xx` : ""}${base.run.result.non2xx ? `; baseline ${base.run.result.non2xx} non-2xx` : ""}`,
  });
  log(formatRow(rows.at(-1)!));
}
// 5. Inbound messages at 16 connections: Twilio's signed form posts to a connected number, against
// the generic JSON webhook on the same server (there is no baseline server for these). Each
// request is a new message (its own MessageSid) from one of 1,000 numbers; then a check that each
// acknowledged message was stored.
if (selected("inbound")) {
  const { twilioPath, inboundSecret } = await connectBenchChannels(pool);
  const runs = [
    {
      name: "inbound SMS, Twilio-signed webhook",
      path: twilioPath,
      headers: {},
      inbound: {
        kind: "twilio",
        signedUrl: `http://127.0.0.1:${appPort}${twilioPath}`,
        authToken: BENCH_TWILIO_TOKEN,
        senders: 1000,
      },
    },
    {
      name: "inbound SMS, generic webhook (reference)",
      path: "/api/webhooks/inbound",
      headers: { "content-type": "application/json", authorization: `Bearer ${inboundSecret}` },
      inbound: { kind: "generic", senders: 1000 },
    },
  ] as const;
  const stored = async () =>
    Number((await pool.query(`SELECT count(*) AS n FROM "Message" WHERE body LIKE 'bench inbound %'`)).rows[0].n);
  const results = [];
  for (const run of runs) {
    const before = await stored();
    const measuredRun = await measured(() =>
      load({
        url: `http://127.0.0.1:${appPort}${run.path}`,
        connections: 16,
        duration,
        headers: run.headers,
        inbound: run.inbound,
      }),
    );
    results.push({ run, measuredRun, stored: (await settled(stored)) - before });
  }
  const reference = results[1]!.measuredRun.result.rps;
  for (const { run, measuredRun, stored: kept } of results) {
    const { ok, non2xx } = measuredRun.result;
    rows.push({
      endpoint: run.name,
      role: "provider",
      concurrency: 16,
      rps: measuredRun.result.rps,
      p50: measuredRun.result.p50,
      p99: measuredRun.result.p99,
      rssMb: measuredRun.rssMb,
      ratio: measuredRun.result.rps / reference,
      note: `${kept >= ok ? `nothing lost (${ok} acknowledged, ${kept} stored)` : `LOST: ${ok} acknowledged, ${kept} stored`}${non2xx ? `; ${non2xx} non-2xx` : ""}; ratio against the generic webhook`,
    });
    log(formatRow(rows.at(-1)!));
  }
}
// What the live and webchat scenarios share: the app, its process, the database, the organization.
const scenario = {
  appUrl: `http://127.0.0.1:${appPort}`,
  appPid: app.pid as number,
  pool,
  organizationId: (await pool.query(`SELECT "organizationId" FROM "User" WHERE id = $1`, [idOf.user(2)])).rows[0]
    ?.organizationId as string,
  log,
};
let live: Awaited<ReturnType<typeof benchLive>> | undefined;
if (selected("live")) {
  const { inboundSecret } = await connectBenchChannels(pool);
  live = await benchLive({ ...scenario, inboundSecret });
  log(`live: ${JSON.stringify(live)}`);
}
let webchat: Awaited<ReturnType<typeof benchWebchat>> | undefined;
if (selected("webchat")) {
  webchat = await benchWebchat({
    ...scenario,
    encryptionKey: BENCH_ENCRYPTION_KEY,
    managerToken: benchTokens.manager,
    load,
    duration,
  });
  log(`webchat: ${JSON.stringify(webchat)}`);
}
let autopilot:
  | { one: Awaited<ReturnType<typeof benchAutopilot>>; many: Awaited<ReturnType<typeof benchAutopilot>> }
  | undefined;
if (selected("autopilot")) {
  const { inboundSecret } = await connectBenchChannels(pool);
  // One conversation at a time (the pipeline alone), then 16 at once.
  const one = await benchAutopilot({ ...scenario, inboundSecret, conversations: 1, rounds: 40 });
  const many = await benchAutopilot({ ...scenario, inboundSecret, conversations: 16, rounds: 20 });
  autopilot = { one, many };
}
let automations: Awaited<ReturnType<typeof benchAutomations>> | undefined;
if (selected("automations")) {
  const { inboundSecret } = await connectBenchChannels(pool);
  automations = await benchAutomations({
    ...scenario,
    databaseUrl: database.url,
    inboundSecret,
    timers: Math.round(200_000 * scale),
  });
}
let webhooks: Awaited<ReturnType<typeof benchWebhooks>> | undefined;
if (selected("webhooks")) {
  const { inboundSecret } = await connectBenchChannels(pool);
  webhooks = await benchWebhooks({
    ...scenario,
    databaseUrl: database.url,
    inboundSecret,
    encryptionKey: BENCH_ENCRYPTION_KEY,
  });
}
let mail: Awaited<ReturnType<typeof benchMail>> | undefined;
if (selected("mail")) {
  mail = await benchMail({ ...scenario, encryptionKey: BENCH_ENCRYPTION_KEY, managerToken: benchTokens.manager });
  log(`mail: ${JSON.stringify(mail)}`);
}
let notify: Awaited<ReturnType<typeof benchNotify>> | undefined;
if (selected("notify")) {
  const { rows } = await pool.query(`SELECT id FROM "Conversation" ORDER BY "lastMessageTime" DESC LIMIT 16`);
  notify = await benchNotify({ databaseUrl: database.url, conversationIds: rows.map((row) => row.id) });
  log(`notify: ${JSON.stringify(notify)}`);
}
await pool.end();

// 6. The table.
const header = `| endpoint | role | c | req/s | p50 ms | p99 ms | RSS MB | baseline req/s | ratio | note |\n|---|---|---|---|---|---|---|---|---|---|`;
const markdown = [
  `Dataset: ${size.conversations.toLocaleString("en")} conversations, ${size.messages.toLocaleString("en")} messages, ${size.contacts.toLocaleString("en")} contacts, ${size.users} users; database: ${args.embedded ? "embedded PostgreSQL 17" : "PostgreSQL"}; ${duration} s per run; ${new Date().toISOString().slice(0, 10)}.`,
  "",
  header,
  ...rows.map(
    (r) =>
      `| ${r.endpoint} | ${r.role} | ${r.concurrency} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.rssMb.toFixed(0)} | ${r.baselineRps?.toFixed(0) ?? "–"} | ${r.ratio ? r.ratio.toFixed(2) : "–"} | ${r.note ?? ""} |`,
  ),
  ...(firstBytes.length
    ? [
        "",
        "Unpaged messages answer, one request at a time (median of 20):",
        "",
        "| thread | server | time to first byte ms | whole answer ms | MB |",
        "|---|---|---|---|---|",
        ...firstBytes.map(
          (f) =>
            `| ${f.thread} | ${f.server} | ${f.ttfbMs.toFixed(1)} | ${f.totalMs.toFixed(1)} | ${f.mb.toFixed(1)} |`,
        ),
      ]
    : []),
  ...(live
    ? [
        "",
        `Live updates: ${live.agents} agents on GET /api/events, half of them assigned the thread; ${live.rounds} inbound messages one at a time; CPU over ${live.windowSeconds} s:`,
        "",
        "| measure | value |",
        "|---|---|",
        `| webhook 201 → event on the socket, p50 | ${live.latency.p50} ms |`,
        `| webhook 201 → event on the socket, p99 | ${live.latency.p99} ms |`,
        `| webhook request sent → event on the socket, p50 / p99 | ${live.fromRequest.p50} / ${live.fromRequest.p99} ms |`,
        `| events received / expected | ${live.latency.samples} / ${live.latency.samples + live.latency.missing} |`,
        `| events received by agents who may not see the thread | ${live.leaked} (and ${live.foreign} about other threads) |`,
        `| app CPU, ${live.agents} agents idle on the stream | ${live.cpu.idleStreams.toFixed(2)} s |`,
        `| app CPU, ${live.agents} agents polling (list, counts, thread every 4 s) | ${live.cpu.polling.toFixed(2)} s |`,
        `| polling / stream | ${live.cpu.ratio.toFixed(0)}× |`,
        `| memory per connected agent | ${live.memory.perAgentKb.toFixed(0)} KB (RSS ${live.memory.beforeMb.toFixed(0)} → ${live.memory.connectedMb.toFixed(0)} MB) |`,
        "",
        `A busy inbox: an inbound message every ${live.busy.everyMs / 1000} s on the thread ${live.busy.agents} agents have open (each with 50 open threads of their own), each agent re-reading what its page re-reads for the events (the open thread and the counts, and either the changed rows or the whole first page of its list); app CPU over two windows of ${live.windowSeconds} s each way, alternately:`,
        "",
        "| the page re-reads | messages | requests | app CPU | CPU per message |",
        "|---|---|---|---|---|",
        ...(["rows", "list"] as const).map((way) => {
          const b = live.busy[way];
          return `| ${way === "rows" ? "the changed rows (`ids=`), as now" : "its whole list, as before"} | ${b.messages} | ${b.requests} | ${b.cpu.toFixed(2)} s | ${((b.cpu / Math.max(b.messages, 1)) * 1000).toFixed(0)} ms |`;
        }),
        `| whole list / rows | | | ${live.busy.ratio.toFixed(2)}× | |`,
      ]
    : []),
  ...(webchat ? webchatTable(webchat) : []),
  ...(autopilot
    ? [
        "",
        `Autopilot: conversations on autopilot, each sent ${autopilot.many.rounds}–${autopilot.one.rounds} contact messages through the generic webhook, the next once the AI answered and its turn was over; the model a fake answering at once (its own time p50 ${autopilot.many.model.p50} ms). From the contact's message committed to the AI reply committed with its outbound job, less the model's time:`,
        "",
        "| conversations at once | p50 ms | p99 ms | with the model p50 / p99 ms | AI replies/s | replies / model calls / webhook failures |",
        "|---|---|---|---|---|---|",
        ...[autopilot.one, autopilot.many].map(
          (a) =>
            `| ${a.conversations} | ${a.overhead.p50} | ${a.overhead.p99} | ${a.total.p50} / ${a.total.p99} | ${a.repliesPerSecond.toFixed(1)} | ${a.replies} / ${a.modelRequests} / ${a.failures} |`,
        ),
      ]
    : []),
  ...(automations
    ? [
        "",
        `Automations: ${automations.messages} contact messages through the generic webhook, one at a time, in four interleaved passes; rules run after the commit, on the app's worker:`,
        "",
        "| pass | webhook p50 ms | p99 ms | added p50 / p99 ms |",
        "|---|---|---|---|",
        `| change-event triggers off (baseline: before rules) | ${automations.baseline.p50} | ${automations.baseline.p99} | |`,
        `| triggers on, no rule | ${automations.noRules.p50} | ${automations.noRules.p99} | ${(automations.noRules.p50 - automations.baseline.p50).toFixed(1)} / ${(automations.noRules.p99 - automations.baseline.p99).toFixed(1)} |`,
        `| 49 enabled rules, none fires | ${automations.quietRules.p50} | ${automations.quietRules.p99} | ${(automations.quietRules.p50 - automations.baseline.p50).toFixed(1)} / ${(automations.quietRules.p99 - automations.baseline.p99).toFixed(1)} |`,
        `| 50 enabled rules (one fires on each message) | ${automations.withRules.p50} | ${automations.withRules.p99} | ${automations.addedP50.toFixed(1)} / ${automations.addedP99.toFixed(1)} |`,
        "",
        `The firing, from the message's commit to its stamp's: ${automations.firing.fired} fired, p50 ${automations.firing.p50} ms, p99 ${automations.firing.p99} ms. Due timers fetched with ${automations.timers.waiting.toLocaleString("en")} waiting: p50 ${automations.timers.full.p50} ms, p99 ${automations.timers.full.p99} ms (empty queue: p50 ${automations.timers.empty.p50} ms; ${automations.timers.ratio.toFixed(2)}×).`,
      ]
    : []),
  ...(webhooks
    ? [
        "",
        `Webhook fan-out: ${webhooks.messages} contact messages through the generic webhook, each sent as message.created to ${webhooks.endpoints} endpoints (a receiver in the bench verifying every signature with the standardwebhooks package); the app's worker and one worker process, killed with SIGKILL a third of the way through and started again:`,
        "",
        "| deliveries | received | deliveries/s | commit → receipt p50 ms | p99 ms | lost | under another id | received twice | bad signatures |",
        "|---|---|---|---|---|---|---|---|---|",
        `| ${webhooks.deliveries} | ${webhooks.received} | ${webhooks.perSecond.toFixed(0)} | ${webhooks.p50} | ${webhooks.p99} | ${webhooks.lost} | ${webhooks.unknownIds} | ${webhooks.twice} | ${webhooks.invalidSignatures} |`,
      ]
    : []),
  ...(mail
    ? [
        "",
        `Email: a mailbox of ${mail.messages.toLocaleString("en")} messages from 2,000 senders on a real IMAP server (Dovecot) on loopback, imported by the app's reader; then ${mail.latency.rounds} mails one at a time, from the APPEND's answer to the message's event on a manager's open inbox stream:`,
        "",
        "| imported messages/s | import s | app RSS MB before → at each quarter | landing → inbox p50 ms | p99 ms |",
        "|---|---|---|---|---|",
        `| ${mail.perSecond.toFixed(0)} | ${mail.importSeconds.toFixed(1)} | ${mail.rssMb.before.toFixed(0)} → ${mail.rssMb.quarters.map((mb) => mb.toFixed(0)).join(", ")} | ${mail.latency.p50.toFixed(0)} | ${mail.latency.p99.toFixed(0)} |`,
      ]
    : []),
  ...(notify
    ? [
        "",
        `One PostgreSQL's NOTIFY: ${notify.writers} writers, each updating a conversation in its own transaction, for ${notify.windowSeconds} s:`,
        "",
        "| writes | commits/s | events heard/s |",
        "|---|---|---|",
        `| with the triggers' NOTIFY (as the app writes) | ${notify.withEvents.commitsPerSecond.toFixed(0)} | ${notify.withEvents.eventsPerSecond.toFixed(0)} |`,
        `| the same writes, triggers off (baseline) | ${notify.withoutEvents.commitsPerSecond.toFixed(0)} | ${notify.withoutEvents.eventsPerSecond.toFixed(0)} |`,
        `| NOTIFY alone, no write | ${notify.notifyOnly.commitsPerSecond.toFixed(0)} | ${notify.notifyOnly.eventsPerSecond.toFixed(0)} |`,
        `| baseline / with NOTIFY | ${notify.ratio.toFixed(2)}× | |`,
      ]
    : []),
].join("\n");
await mkdir("bench/results", { recursive: true });
await writeFile(
  `bench/results/${resultName}.json`,
  JSON.stringify(
    {
      size,
      duration,
      database: args.embedded ? "embedded postgresql 17" : "postgresql",
      rows,
      firstBytes,
      live,
      webchat,
      autopilot,
      automations,
      webhooks,
      mail,
      notify,
    },
    null,
    2,
  ),
);
await writeFile(`bench/results/${resultName}.md`, `${markdown}\n`);
console.log(`\n${markdown}\n`);
app.kill("SIGTERM");
baseline.kill("SIGTERM");
await database.stop();
process.exit(0);

// ---------------------------------------------------------------------------------------------

function webchatTable(w: NonNullable<typeof webchat>) {
  const generic = rows.find((r) => r.endpoint.startsWith("inbound SMS, generic webhook"));
  return [
    "",
    `Webchat: ${w.visitors.toLocaleString("en")} visitors of one widget holding GET /api/widget/…/events open on one app server:`,
    "",
    "| measure | value |",
    "|---|---|",
    `| memory per idle visitor | ${w.memory.perVisitorKb.toFixed(1)} KB (RSS ${w.memory.beforeMb.toFixed(0)} → ${w.memory.connectedMb.toFixed(0)} MB) |`,
    `| app CPU over 10 s, all of them idle | ${w.idleCpuSeconds.toFixed(2)} s |`,
    `| an agent's reply, POST → the visitor's socket (through the outbox), p50 | ${w.reply.p50} ms |`,
    `| the same, p99 | ${w.reply.p99} ms |`,
    `| replies heard / sent | ${w.reply.samples} / ${w.reply.samples + w.reply.missing} |`,
    `| visitors' messages at 16 connections | ${w.messages.rps.toFixed(0)} msg/s, p50 ${w.messages.p50} ms, p99 ${w.messages.p99} ms; ${w.messages.kept} stored of ${w.messages.ok} acknowledged${w.messages.non2xx ? `, ${w.messages.non2xx} non-2xx` : ""} |`,
    ...(generic
      ? [`| the same / the generic inbound webhook (c=16, same run) | ${(w.messages.rps / generic.rps).toFixed(2)}× |`]
      : []),
  ];
}

function formatRow(r: Row) {
  return `${r.endpoint} [${r.role}, c=${r.concurrency}]: ${r.rps.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, ${r.rssMb.toFixed(0)} MB${r.ratio ? `, ${r.ratio.toFixed(2)}× baseline` : ""}${r.note ? ` (${r.note})` : ""}`;
}

async function load(
  options: object,
): Promise<{ rps: number; p50: number; p99: number; sent: number; ok: number; non2xx: number; errors: number }> {
  const output = await capture("node", ["--import", "tsx", "bench/load.ts", JSON.stringify(options)]);
  return JSON.parse(output.trim().split("\n").at(-1)!);
}

/** One GET: when its first body byte arrived and when it ended, from the moment it was sent. */
function firstByte(url: string, headers: Record<string, string>) {
  return new Promise<{ ttfbMs: number; totalMs: number; bytes: number }>((resolve, reject) => {
    const started = performance.now();
    let ttfbMs = 0;
    let bytes = 0;
    http
      .get(url, { headers }, (response) => {
        response.on("data", (chunk: Buffer) => {
          ttfbMs ||= performance.now() - started;
          bytes += chunk.length;
        });
        response.on("end", () => resolve({ ttfbMs, totalMs: performance.now() - started, bytes }));
        response.on("error", reject);
      })
      .on("error", reject);
  });
}

function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function count(sql: string, targets: string[]): Promise<number> {
  return Number((await pool.query(sql, [targets])).rows[0].n ?? 0);
}

/** A measure once writes still in flight when a run stopped have landed: read until it holds
 *  still across three reads 200 ms apart (ten seconds at most). */
async function settled(measure: () => Promise<number>): Promise<number> {
  let last = await measure();
  for (let still = 0, tries = 0; still < 2 && tries < 50; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const now = await measure();
    still = now === last ? still + 1 : 0;
    last = now;
  }
  return last;
}

/** Runs fn while sampling the app server's resident memory (its process tree), keeping the peak. */
function failures(result: { non2xx: number; errors: number }) {
  return result.non2xx || result.errors ? `${result.non2xx} non-2xx, ${result.errors} errors` : undefined;
}

async function measured<T>(fn: () => Promise<T>): Promise<{ result: T; rssMb: number }> {
  let peak = 0;
  const timer = setInterval(async () => (peak = Math.max(peak, await treeRssMb(app.pid!))), 250);
  const result = await fn();
  clearInterval(timer);
  return { result, rssMb: Math.max(peak, await treeRssMb(app.pid!)) };
}

async function cursorAtDepth(url: string, depth: number) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query(
    `SELECT id, "lastMessageTime" FROM "Conversation" WHERE "isResolved" = false ORDER BY "lastMessageTime" DESC, id DESC OFFSET $1 LIMIT 1`,
    [depth - 1],
  );
  await client.end();
  return encodeCursor({ time: rows[0].lastMessageTime, id: rows[0].id });
}

async function postgresDataset(size: DatasetSize) {
  const server =
    process.env.BENCH_DATABASE_SERVER ??
    process.env.TEST_DATABASE_URL ??
    process.env.DATABASE_URL ??
    "postgresql://postgres@127.0.0.1:5432/postgres";
  const name = `inbox_bench_${String(scale).replace(".", "_")}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  const url = new URL(server);
  url.pathname = `/${name}`;
  const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount;
  let fresh = !exists;
  if (exists) {
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    const marker = await client
      .query(`SELECT size FROM "_bench" LIMIT 1`)
      .catch(() => ({ rows: [] as { size: string }[] }));
    await client.end();
    fresh = marker.rows[0]?.size !== datasetKey;
    if (fresh) await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
  }
  if (fresh) {
    await admin.query(`CREATE DATABASE "${name}"`);
    await fill(url.toString(), size);
  } else log(`reusing the dataset in ${name}`);
  await admin.end();
  return { url: url.toString(), stop: async () => {} };
}

async function embeddedDataset(size: DatasetSize) {
  // A server of its own in a temporary folder, like the tests'; generated anew for each run.
  const embedded = await createTestDatabase("");
  await fill(embedded.url, size);
  return { url: embedded.url, stop: embedded.drop };
}

async function fill(url: string, size: DatasetSize) {
  await migrate(url);
  const started = performance.now();
  await generateDataset(url, size, log);
  log(`dataset generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`CREATE TABLE "_bench" (size text)`);
  await client.query(`INSERT INTO "_bench" VALUES ($1)`, [datasetKey]);
  await client.end();
}

function start(command: string, commandArgs: string[], env: Record<string, string>) {
  const child = spawn(command, commandArgs, {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, ...env },
  });
  children.push(child);
  return child;
}

function run(command: string, commandArgs: string[]) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, commandArgs, { stdio: "inherit" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}`))));
  });
}

function capture(command: string, commandArgs: string[]) {
  return new Promise<string>((resolve, reject) => {
    const child = spawn(command, commandArgs, { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`${command} exited with ${code}`))));
  });
}

/** A Twilio connection and an inbound secret on the bench organization (idempotent). */
async function connectBenchChannels(db: pg.Pool) {
  const id = idOf.connection;
  const keys = keyring(BENCH_ENCRYPTION_KEY);
  await db.query(
    `INSERT INTO "ChannelConnection" (id, "organizationId", provider, "channelType", name, settings, "sealedSecrets", "webhookKey")
     VALUES ($1, (SELECT "organizationId" FROM "User" WHERE id = $2), 'twilio', 'sms', 'Bench', $3, $4, 'bench-twilio')
     ON CONFLICT (id) DO UPDATE SET "sealedSecrets" = excluded."sealedSecrets", "disabledAt" = NULL`,
    [
      id,
      idOf.user(2),
      JSON.stringify({ accountSid: `AC${"0".repeat(32)}`, fromNumber: "+15550000000" }),
      sealSecrets(id, { authToken: BENCH_TWILIO_TOKEN }, keys),
    ],
  );
  const inboundSecret = "bench-inbound-secret";
  await db.query(
    `UPDATE "Organization" SET "inboundSecretHash" = $1 WHERE id = (SELECT "organizationId" FROM "User" WHERE id = $2)`,
    [hashToken(inboundSecret), idOf.user(2)],
  );
  return { twilioPath: "/api/webhooks/twilio/bench-twilio/messages", inboundSecret };
}
