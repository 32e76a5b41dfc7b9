import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { PgBoss } from "pg-boss";
import { QUEUES } from "./queues";

// Applies prisma/migrations/*/migration.sql in order and records each in _prisma_migrations exactly
// as `prisma migrate deploy` does (same table, sha256 checksum of the file), so Prisma's own
// commands agree with it wherever its native engine is available. Prisma's schema engine cannot be
// downloaded on our machines, hence this runner.

const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");
// The advisory lock key `prisma migrate` uses, so this runner and Prisma exclude each other too.
const ADVISORY_LOCK_KEY = 72707369;

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export type Migration = { name: string; sql: string; checksum: string };

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  // Read at run time from the project's folder; not something for the build to trace and bundle.
  const entries = await readdir(/* turbopackIgnore: true */ dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(/* turbopackIgnore: true */ path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

/**
 * Applies pending migrations, then installs (or upgrades) the job queue's schema and queues; returns
 * the migrations applied. Safe to run twice and concurrently.
 */
export async function migrate(connectionString: string, log: (line: string) => void = () => {}) {
  const migrations = await readMigrations();
  const client = new pg.Client({ connectionString });
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
    await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations"
       WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const done = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    for (const migration of migrations) {
      const recorded = done.get(migration.name);
      if (recorded !== undefined) {
        if (recorded !== migration.checksum) {
          log(`warning: ${migration.name} was modified after it was applied`);
        }
        continue;
      }
      if (await applyOne(client, migration)) {
        applied.push(migration.name);
        log(`applied ${migration.name}`);
      }
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY]).catch(() => {});
    await client.end();
  }
  await installJobQueue(connectionString);
  return applied;
}

/** pg-boss's own schema (it migrates itself, under its own lock) and our queues. */
async function installJobQueue(connectionString: string) {
  const boss = new PgBoss({ connectionString, max: 1, migrate: true, supervise: false, schedule: false });
  let failure: Error | undefined;
  boss.on("error", (error) => {
    failure = error;
  });
  await boss.start();
  try {
    for (const [name, options] of Object.entries(QUEUES)) {
      // A queue's policy is fixed when it is made: only the rest is brought up to date.
      const { policy: _policy, ...changeable } = options as typeof options & { policy?: string };
      if (await boss.getQueue(name)) await boss.updateQueue(name, changeable);
      else
        await boss.createQueue(name, options).catch(async (error) => {
          if (!(await boss.getQueue(name))) throw error; // unless another runner created it meanwhile
        });
    }
  } finally {
    await boss.stop({ graceful: false, close: true });
  }
  if (failure) throw new Error(`Installing the job queue failed: ${failure.message}`);
}

/** Applies one migration in a transaction; false if another runner applied it meanwhile. */
async function applyOne(client: pg.Client, migration: Migration): Promise<boolean> {
  const id = randomUUID();
  await client.query("BEGIN");
  try {
    // Checked again inside the transaction: on the embedded database every connection shares one
    // session, so the advisory lock does not exclude a second runner, but transactions do.
    const { rowCount } = await client.query(
      `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      [migration.name],
    );
    if (rowCount) {
      await client.query("COMMIT");
      return false;
    }
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), 0)`,
      [id, migration.checksum, migration.name],
    );
    await client.query(migration.sql);
    await client.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [
      id,
    ]);
    await client.query("COMMIT");
    return true;
  } catch (error) {
    await client.query("ROLLBACK");
    throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`);
  }
}
