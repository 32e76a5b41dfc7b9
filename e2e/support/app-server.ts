import { spawn } from "node:child_process";
import { once } from "node:events";
import { migrate } from "@/lib/db/migrate";
import { createTestDatabase } from "@/lib/db/test-database";
import { freePort } from "@/lib/tooling/free-port";
import { waitForServer } from "@/lib/tooling/wait-for-server";

// An app server of a test's own, on the same production build: on a new, empty database (first
// run) and with the settings the test gives (SMTP_URL). Stopped, and its database dropped, by stop().

export async function startAppServer(options: { env?: Record<string, string> } = {}) {
  const database = await createTestDatabase();
  await migrate(database.url);
  const port = await freePort();
  const baseURL = `http://localhost:${port}`;
  // Without NODE_OPTIONS: Playwright's workers load its own TypeScript hooks through it.
  const { NODE_OPTIONS: _hooks, ...inherited } = process.env;
  const server = spawn(process.execPath, ["scripts/next-server.mjs", "-p", String(port)], {
    env: {
      ...inherited,
      NODE_ENV: "production",
      DATABASE_URL: database.url,
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: "e2e-own-server-secret-e2e-own-server-secret",
      ENCRYPTION_KEY: "e2e-own-server-encryption-key-0123456789",
      // Providers' APIs on loopback, where nothing listens, unless the test starts fakes.
      TWILIO_API_BASE: "http://127.0.0.1:2",
      GRAPH_API_BASE: "http://127.0.0.1:2/v21.0",
      LOG_LEVEL: "warn",
      ...options.env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = once(server, "exit");
  try {
    await waitForServer(`${baseURL}/api/health`, { server });
  } catch (error) {
    server.kill("SIGKILL");
    await database.drop();
    throw error;
  }
  return {
    baseURL,
    databaseUrl: database.url,
    async stop() {
      server.kill("SIGTERM");
      await exited;
      await database.drop();
    },
  };
}

export type AppServer = Awaited<ReturnType<typeof startAppServer>>;
