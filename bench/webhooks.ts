// The webhook fan-out scenario of `npm run bench` (--only webhooks): 1,000 contact messages through
// the generic inbound webhook, each sent as message.created to 10 endpoints of the organization, a
// receiver in this process on loopback verifying every signature with the standardwebhooks
// package. Deliveries are made by the app's own worker and by one standalone worker process
// (`npm run worker`'s script), which is killed with SIGKILL a third of the way through and started
// again: what it held comes back when its jobs expire. Measured: deliveries per second (from the
// first message posted to the last delivery received), the time from each message's commit to its
// receipt (p50/p99), and the ids: each delivery's received at least once, none under another id,
// and how many came twice (an attempt in flight at the kill; the same webhook-id, which a receiver
// uses to drop it).
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type pg from "pg";
import { Webhook } from "standardwebhooks";
import { keyring } from "@/lib/crypto/secret-box";
import { sealWebhookSecret } from "@/lib/webhooks/secrets";
import { newWebhookSecret } from "@/lib/webhooks/signing";
import { percentile } from "./process-tree";

export async function benchWebhooks(options: {
  appUrl: string;
  pool: pg.Pool;
  databaseUrl: string;
  organizationId: string;
  inboundSecret: string;
  encryptionKey: string;
  log: (line: string) => void;
  messages?: number;
  endpoints?: number;
}) {
  const { pool, organizationId, log } = options;
  const messages = options.messages ?? 1000;
  const endpointCount = options.endpoints ?? 10;
  const secrets = new Map<string, string>();
  const received = new Map<string, { at: number; times: number }>();
  let invalid = 0;
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => {
      const at = Date.now();
      const secret = secrets.get(request.url ?? "");
      const id = String(request.headers["webhook-id"]);
      try {
        new Webhook(secret ?? "whsec_AAAA").verify(body, {
          "webhook-id": id,
          "webhook-timestamp": String(request.headers["webhook-timestamp"]),
          "webhook-signature": String(request.headers["webhook-signature"]),
        });
      } catch {
        invalid++;
        response.writeHead(401).end();
        return;
      }
      const seen = received.get(id);
      if (seen) seen.times++;
      else received.set(id, { at, times: 1 });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const keys = keyring(options.encryptionKey);
  const endpointIds: string[] = [];
  for (let n = 0; n < endpointCount; n++) {
    const secret = newWebhookSecret();
    const path = `/e${n}`;
    const { rows } = await pool.query<{ id: string }>(
      `INSERT INTO "WebhookEndpoint" ("organizationId", url, description, events, secret)
       VALUES ($1, $2, 'bench', ARRAY['message.created'], '') RETURNING id`,
      [organizationId, `http://127.0.0.1:${port}${path}`],
    );
    const id = rows[0]?.id as string;
    await pool.query(`UPDATE "WebhookEndpoint" SET secret = $2 WHERE id = $1`, [
      id,
      sealWebhookSecret({ kind: "webhook-endpoint", id, organizationId }, secret, keys),
    ]);
    secrets.set(path, secret);
    endpointIds.push(id);
  }
  const workers: ChildProcess[] = [];
  const startWorker = () => {
    const worker = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"], {
      env: {
        ...process.env,
        DATABASE_URL: options.databaseUrl,
        ENCRYPTION_KEY: options.encryptionKey,
        NODE_ENV: "production",
        OUTBOUND_ALLOW_LOOPBACK: "true",
        JOB_SUPERVISE_SECONDS: "5",
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "ignore", "inherit"],
    });
    workers.push(worker);
    return worker;
  };
  try {
    const first = startWorker();
    await new Promise((resolve) => setTimeout(resolve, 3000)); // its start (the bench's own wait)
    const started = Date.now();
    const since = new Date();
    const expected = messages * endpointCount;
    let killed = false;
    // 8 posting at once, each a new message from one of 200 numbers.
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < messages) {
          const n = next++;
          const response = await fetch(`${options.appUrl}/api/webhooks/inbound`, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${options.inboundSecret}` },
            body: JSON.stringify({
              channelType: "sms",
              from: `+1555700${String(n % 200).padStart(4, "0")}`,
              body: `bench hook ${n}`,
            }),
          });
          await response.arrayBuffer();
          if (!killed && received.size >= expected / 3) {
            killed = true;
            first.kill("SIGKILL");
            startWorker();
          }
        }
      }),
    );
    const deadline = Date.now() + 240_000;
    while (received.size < expected && Date.now() < deadline) {
      if (!killed && received.size >= expected / 3) {
        killed = true;
        first.kill("SIGKILL");
        startWorker();
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const lastAt = Math.max(...[...received.values()].map((r) => r.at));
    const { rows } = await pool.query<{ id: string; committed: Date; status: string }>(
      `SELECT 'msg_' || d.id AS id, m."createdAt" AS committed, d.status
       FROM "WebhookDelivery" d JOIN "ChangeEvent" e ON e.id = d."eventId" JOIN "Message" m ON m.id = e."messageId"
       WHERE d."endpointId" = ANY($1::char(24)[]) AND m."createdAt" >= $2`,
      [endpointIds, since],
    );
    const latencies = rows
      .map((row) => (received.get(row.id)?.at ?? Number.NaN) - new Date(row.committed).getTime())
      .filter((ms) => Number.isFinite(ms))
      .sort((a, b) => a - b);
    const lost = rows.filter((row) => !received.has(row.id)).length;
    const strangers = [...received.keys()].filter((id) => !rows.some((row) => row.id === id)).length;
    const result = {
      messages,
      endpoints: endpointCount,
      deliveries: rows.length,
      received: received.size,
      lost,
      unknownIds: strangers,
      twice: [...received.values()].filter((r) => r.times > 1).length,
      invalidSignatures: invalid,
      killedWorker: killed,
      perSecond: received.size / ((lastAt - started) / 1000),
      p50: percentile(latencies, 0.5),
      p99: percentile(latencies, 0.99),
    };
    log(`webhooks: ${JSON.stringify(result)}`);
    return result;
  } finally {
    for (const worker of workers) if (worker.exitCode === null) worker.kill("SIGKILL");
    await pool.query(`DELETE FROM "WebhookEndpoint" WHERE id = ANY($1::char(24)[])`, [endpointIds]);
    await new Promise((resolve) => server.close(resolve));
  }
}
