import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedDatabase } from "@/lib/db/embedded";

export type TestDatabase = { url: string; embedded: boolean; drop: () => Promise<void> };

/** The server tests create databases on, as the developer configured it; undefined: embedded. */
export function configuredTestServer(): string | undefined {
  return process.env.TEST_DATABASE_SERVER ?? process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
}

/**
 * A new, empty database: created on `server` (which only needs to name a PostgreSQL server we
 * may create databases on), or an in-memory embedded one when there is none.
 */
export async function createTestDatabase(server = configuredTestServer() || undefined): Promise<TestDatabase> {
  if (!server) {
    const embedded = await startEmbeddedDatabase({ maxConnections: 16 });
    return { url: embedded.url, embedded: true, drop: embedded.stop };
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
