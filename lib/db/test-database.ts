import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbedded } from "@/lib/db/embedded";

export type TestDatabase = { url: string; embedded: boolean; drop: () => Promise<void> };

/** The server tests create databases on, as the developer configured it; undefined: embedded. */
export function configuredTestServer(): string | undefined {
  return process.env.TEST_DATABASE_SERVER ?? process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
}

/**
 * A new, empty database: created on `server` (which only needs to name a PostgreSQL server we
 * may create databases on), or a new embedded server of its own in a temporary folder.
 */
export async function createTestDatabase(server = configuredTestServer() || undefined): Promise<TestDatabase> {
  if (!server) {
    const folder = await mkdtemp(path.join(os.tmpdir(), "inbox-test-"));
    const embedded = await startEmbedded({ dataDir: path.join(folder, "postgres") });
    return {
      url: embedded.url,
      embedded: true,
      drop: async () => {
        await embedded.stop();
        await rm(folder, { recursive: true, force: true });
        if (embedded.dataDir !== path.join(folder, "postgres")) {
          await rm(path.dirname(embedded.dataDir), { recursive: true, force: true });
        }
      },
    };
  }
  assertLocal(server);
  const name = `inbox_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  await adminQuery(server, `CREATE DATABASE "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    embedded: false,
    drop: () => adminQuery(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function adminQuery(server: string, sql: string) {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

// Tests create and drop databases: never point them at a remote server.
function assertLocal(url: string) {
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host)) {
    throw new Error(`Refusing to run tests against a non-local database server (${host}).`);
  }
}
