// `npm run test:e2e`: Playwright against the production build on a database of its own.
// Builds (unless E2E_SKIP_BUILD=1), makes a fresh database on TEST_DATABASE_URL's server (or an
// embedded one), migrates it, serves `next start` on a free port and runs `playwright test`.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { migrate } from "@/lib/db/migrate";
import { createTestDatabase } from "@/lib/db/test-database";
import { freePort } from "@/lib/tooling/free-port";
import { waitForServer } from "@/lib/tooling/wait-for-server";

const run = (command: string, args: string[], env: NodeJS.ProcessEnv = process.env) =>
  new Promise<number>((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("exit", (code) => resolve(code ?? 1));
  });

if (process.env.E2E_SKIP_BUILD !== "1") {
  const built = await run("npx", ["next", "build"]);
  if (built !== 0) process.exit(built);
}

const database = await createTestDatabase();
// Visitors' uploads in a folder of this run's, removed with its database.
const uploads = mkdtempSync(path.join(tmpdir(), "inbox-e2e-uploads-"));
await migrate(database.url);
const port = await freePort();
const baseUrl = `http://localhost:${port}`;
// Node on the production server itself, not npx: npx does not pass SIGTERM on, and the server outlived the run.
const server = spawn(process.execPath, ["scripts/next-server.mjs", "-p", String(port)], {
  stdio: ["ignore", "inherit", "inherit"],
  env: {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: database.url,
    NEXTAUTH_URL: baseUrl,
    NEXTAUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
    ENCRYPTION_KEY: "e2e-encryption-key-e2e-encryption-key",
    // As behind a proxy, so that a test can be a client of its own (X-Forwarded-For) and the
    // per-client limits of tests never meet; e2e/accounts.spec.ts checks a server that trusts none.
    TRUST_PROXY: "true",
    // Providers' APIs on loopback, where nothing listens: no test may leave this machine.
    TWILIO_API_BASE: "http://127.0.0.1:2",
    GRAPH_API_BASE: "http://127.0.0.1:2/v21.0",
    // Webhook receivers the specs start listen on loopback (production refuses loopback otherwise).
    OUTBOUND_ALLOW_LOOPBACK: "true",
    // Warnings and errors only, so that Playwright's report stays readable (LOG_LEVEL=info for all).
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    UPLOADS_DIR: uploads,
    // Every widget visitor of these tests comes from one address (and a spec may run ten times in a
    // row): the per-address widget limits are tested in tests/webchat, not here.
    WEBCHAT_REQUESTS_PER_MINUTE: "100000",
    WEBCHAT_NEW_VISITORS_PER_MINUTE: "100000",
  },
});

let code = 1;
try {
  await waitForServer(`${baseUrl}/login`, { server });
  console.log(`e2e: serving on ${baseUrl}, database ${database.embedded ? "embedded PostgreSQL" : "PostgreSQL"}`);
  code = await run("npx", ["playwright", "test", ...process.argv.slice(2)], {
    ...process.env,
    E2E_BASE_URL: baseUrl,
    E2E_DATABASE_URL: database.url,
  });
} finally {
  server.kill("SIGTERM");
  await new Promise((resolve) => server.once("exit", resolve));
  await database.drop();
  rmSync(uploads, { recursive: true, force: true });
}
process.exit(code);
