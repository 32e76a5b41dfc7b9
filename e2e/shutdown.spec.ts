import { spawn } from "node:child_process";
import pg from "pg";
import { newApiToken } from "@/lib/auth/api-token";
import { freePort } from "@/lib/tooling/free-port";
import { waitForServer } from "@/lib/tooling/wait-for-server";
import { expect, test } from "./support/fixtures";
import { prisma, threadOf } from "./support/seed";

// Graceful shutdown: SIGTERM stops the server taking requests, and the ones in flight finish.
// A server of this test's own (the same production build and database), so that stopping it
// disturbs no other test. The request is held in flight by a row lock, not by timing.

test("a request in flight when SIGTERM arrives completes, live event streams end, then the server exits", async ({
  org,
}) => {
  const { conversationId } = await threadOf(org, "Ray");
  const { token, tokenHash, prefix } = newApiToken();
  await prisma.apiToken.create({ data: { userId: org.manager.id, name: "shutdown", tokenHash, prefix } });

  const port = await freePort();
  // Without NODE_OPTIONS: Playwright's workers load its own TypeScript hooks through it.
  const { NODE_OPTIONS: _hooks, ...inherited } = process.env;
  const server = spawn(process.execPath, ["scripts/next-server.mjs", "-p", String(port)], {
    env: { ...inherited, NODE_ENV: "production", DATABASE_URL: process.env.E2E_DATABASE_URL, LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise<number | null>((resolve) => server.once("exit", resolve));
  try {
    await waitForServer(`http://127.0.0.1:${port}/api/health`, { server });

    // It listens for live events from boot, before any stream: a revoked token or a deactivated
    // person is dropped from its caches at once (security review 2026-12, L1).
    const listening = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
    await listening.connect();
    const { rows: listeners } = await listening.query(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1",
      [`inbox live events ${server.pid}`],
    );
    await listening.end();
    expect(listeners[0].n).toBe(1);

    // A live event stream, which never ends by itself: SIGTERM must end it.
    const stream = await fetch(`http://127.0.0.1:${port}/api/events`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(stream.status).toBe(200);
    const events = stream.body?.getReader();
    await events?.read();

    const holder = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
    await holder.connect();
    await holder.query("BEGIN");
    await holder.query(`SELECT 1 FROM "Conversation" WHERE id = $1 FOR UPDATE`, [conversationId]);
    const inFlight = fetch(`http://127.0.0.1:${port}/api/conversation/${conversationId}`, {
      method: "PUT",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ assignees: [org.agent.id] }),
    });
    // The write now waits on the row lock this test holds. Watched from a connection outside that
    // transaction: within one, pg_stat_activity keeps showing the snapshot it first read.
    const watcher = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
    await watcher.connect();
    await expect
      .poll(async () => {
        const { rows } = await watcher.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%FOR UPDATE%'`,
        );
        return rows[0].n;
      })
      .toBeGreaterThan(0);
    await watcher.end();

    server.kill("SIGTERM");
    await holder.query("COMMIT");
    await holder.end();

    // The stream ends (its browser would reconnect elsewhere and resume).
    while (events && !(await events.read()).done);
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect((await response.json()).data.assignees.map((a: { _id: string }) => a._id)).toEqual([org.agent.id]);
    // Next.js exits with 128 + SIGTERM once it has finished what it was serving.
    expect(await exited).toBe(143);
  } finally {
    server.kill("SIGKILL");
  }
});
