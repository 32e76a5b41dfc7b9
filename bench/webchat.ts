// The webchat scenario of `npm run bench` (--only webchat): 5,000 visitors of one widget hold their
// event streams open (GET /api/widget/<id>/events) on the one app server. Measures the server's
// memory per idle visitor and its CPU while they idle, how long an agent's reply takes from its
// POST to the visitor's socket while they are all connected (through the outbox, as in
// production), and how many visitor messages per second it takes at 16 connections.
import http from "node:http";
import type pg from "pg";
import { sealSecrets } from "@/lib/connections/sealing";
import { keyring } from "@/lib/crypto/secret-box";
import { objectId } from "@/lib/ids";
import { cpuSeconds, percentile, quiet, treeRssMb } from "./process-tree";
import { readFrames } from "./sse";

const ORIGIN = "https://bench-shop.example";
type Visitor = { token: string; address: string; arrivals: number[]; request?: http.ClientRequest };

export async function benchWebchat(options: {
  appUrl: string;
  appPid: number;
  pool: pg.Pool;
  organizationId: string;
  encryptionKey: string;
  managerToken: string;
  log: (line: string) => void;
  /** Runs autocannon (bench/load.ts) in its own process. */
  load: (options: object) => Promise<{ rps: number; p50: number; p99: number; ok: number; non2xx: number }>;
  duration: number;
  visitors?: number;
  rounds?: number;
}) {
  const { appUrl, appPid, pool, log } = options;
  const count = options.visitors ?? 5_000;
  const rounds = options.rounds ?? 100;

  // The widget, as an admin would connect it (the bench's people are a manager and an agent).
  const id = objectId();
  const publicId = `bench-webchat-${Date.now().toString(36)}`;
  const settings = {
    allowedOrigins: [ORIGIN],
    greeting: "Hi",
    accentColor: "#1d4ed8",
    askForContact: false,
    offlineMessage: "Away",
    businessHours: null,
    requireIdentity: false,
  };
  await pool.query(
    `INSERT INTO "ChannelConnection" (id, "organizationId", provider, "channelType", name, settings, "sealedSecrets", "webhookKey")
     VALUES ($1, $2, 'webchat', 'webchat', 'Bench website', $3, $4, $5)`,
    [
      id,
      options.organizationId,
      JSON.stringify(settings),
      sealSecrets(id, { identitySecret: "bench-identity-secret" }, keyring(options.encryptionKey)),
      publicId,
    ],
  );
  const widget = `${appUrl}/api/widget/${publicId}`;

  // 5,000 anonymous visitors, 50 sessions at a time.
  const visitors: Visitor[] = [];
  for (let i = 0; i < count; i += 50) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(50, count - i) }, () => call("POST", `${widget}/session`, {})),
    );
    for (const { token } of batch as { token: string }[]) {
      const claims = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString());
      visitors.push({ token, address: claims.a, arrivals: [] });
    }
  }

  // The first `rounds` visitors write, so that an agent has their conversations to answer.
  const writers = visitors.slice(0, rounds);
  for (let i = 0; i < writers.length; i += 20) {
    await Promise.all(
      writers.slice(i, i + 20).map((v, j) => call("POST", `${widget}/messages`, message(`hello ${i + j}`), v.token)),
    );
  }
  const { rows } = await pool.query<{ id: string; channelIdentifier: string }>(
    `SELECT id, "channelIdentifier" FROM "Conversation" WHERE "connectionId" = $1`,
    [id],
  );
  const conversationOf = new Map(rows.map((row) => [row.channelIdentifier, row.id]));

  // Every visitor's stream, 200 opening at a time; each counts once it said "ready".
  await quiet(appPid);
  const before = await treeRssMb(appPid);
  for (let i = 0; i < visitors.length; i += 200) {
    await Promise.all(visitors.slice(i, i + 200).map((v) => openStream(`${widget}/events`, v)));
  }
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const connected = await treeRssMb(appPid);
  const idleCpu = await cpuSeconds(appPid, 10_000);
  log(`webchat: ${visitors.length} visitor streams open; RSS ${before.toFixed(0)} → ${connected.toFixed(0)} MB`);

  // An agent's reply, one at a time, each to another visitor: from the POST to the visitor's socket.
  const latencies: number[] = [];
  let missing = 0;
  for (const visitor of writers) {
    const conversationId = conversationOf.get(visitor.address);
    if (!conversationId) {
      missing++;
      continue;
    }
    visitor.arrivals.length = 0;
    const sent = performance.now();
    await call(
      "POST",
      `${appUrl}/api/conversation/${conversationId}/messages`,
      { body: "Thanks!" },
      options.managerToken,
      {
        origin: null,
      },
    );
    const deadline = sent + 5_000;
    while (visitor.arrivals.length === 0 && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    const at = visitor.arrivals[0];
    if (at === undefined) missing++;
    else latencies.push(at - sent);
  }

  // Visitors' messages at 16 connections, each request another visitor's (200 of them, so that no
  // one reaches the per-visitor limit), while all the streams stay open.
  const before2 = await stored(pool, id);
  const throughput = await options.load({
    url: `${widget}/messages`,
    method: "POST",
    connections: 16,
    duration: options.duration,
    headers: { "content-type": "application/json", origin: ORIGIN },
    webchat: { tokens: visitors.slice(rounds, rounds + 200).map((v) => v.token) },
  });
  const kept = (await stored(pool, id)) - before2;

  for (const visitor of visitors) visitor.request?.destroy();
  return {
    visitors: visitors.length,
    memory: { beforeMb: before, connectedMb: connected, perVisitorKb: ((connected - before) * 1024) / visitors.length },
    idleCpuSeconds: idleCpu,
    reply: { p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), samples: latencies.length, missing },
    messages: { ...throughput, kept },
  };

  function call(method: string, url: string, body: object, token?: string, extra: { origin?: null } = {}) {
    return fetch(url, {
      method,
      headers: {
        "content-type": "application/json",
        ...(extra.origin === null ? {} : { origin: ORIGIN }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    }).then(async (response) => {
      if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
      return response.json();
    });
  }
}

let sent = 0;
const message = (body: string) => ({ body, clientId: `bench-${process.pid}-${sent++}` });

function openStream(url: string, visitor: Visitor): Promise<void> {
  return new Promise((resolve, reject) => {
    visitor.request = http.get(
      url,
      { headers: { authorization: `Bearer ${visitor.token}`, origin: ORIGIN }, agent: false },
      (response) => {
        if (response.statusCode !== 200) return reject(new Error(`visitor stream: ${response.statusCode}`));
        readFrames(response, ({ kind, at }) => {
          if (kind === "ready") resolve();
          if (kind === "message") visitor.arrivals.push(at);
        });
      },
    );
    visitor.request.on("error", () => {});
  });
}

const stored = async (pool: pg.Pool, connectionId: string) =>
  Number(
    (
      await pool.query(
        `SELECT count(*) AS n FROM "Message" m JOIN "Conversation" c ON c.id = m."conversationId"
         WHERE c."connectionId" = $1 AND m.body LIKE 'bench webchat %'`,
        [connectionId],
      )
    ).rows[0].n,
  );
