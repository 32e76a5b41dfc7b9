import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { env } from "@/lib/env";

// How the project's commands find their database: DATABASE_URL when set; otherwise the embedded
// database in PGLITE_DATA_DIR, reached through the running app's server when there is one (a
// PGlite folder must only ever be opened by one process), else opened here for the command.

const urlFile = () => path.join(path.dirname(path.resolve(env().PGLITE_DATA_DIR)), "pglite.url");

export type LocalDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

/** For a long-running server: the database, migrated; an embedded one stays up until stop(). */
export async function openDatabase(log: (line: string) => void): Promise<LocalDatabase> {
  const configured = env().DATABASE_URL;
  if (configured) {
    await migrate(configured, log);
    return { url: configured, embedded: false, stop: async () => {} };
  }
  if (await runningEmbeddedUrl()) {
    throw new Error(
      "The embedded database is already in use by another `npm run dev` or `npm start`. Stop that one first.",
    );
  }
  const dataDir = env().PGLITE_DATA_DIR;
  log(`starting the embedded database in ${dataDir}`);
  const database = await startEmbeddedDatabase({ dataDir, port: env().PGLITE_PORT });
  await migrate(database.url, log);
  await mkdir(path.dirname(urlFile()), { recursive: true });
  await writeFile(urlFile(), database.url);
  return {
    url: database.url,
    embedded: true,
    stop: async () => {
      await rm(urlFile(), { force: true });
      await database.stop();
    },
  };
}

/** For a one-off command: runs fn against the database, then lets go of it. */
export async function withDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const configured = env().DATABASE_URL ?? (await runningEmbeddedUrl());
  if (configured) return fn(configured);
  const database = await openDatabase(() => {});
  try {
    return await fn(database.url);
  } finally {
    await database.stop();
  }
}

async function runningEmbeddedUrl(): Promise<string | null> {
  if (!existsSync(urlFile())) return null;
  const url = (await readFile(urlFile(), "utf8")).trim();
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return url;
  } catch {
    await rm(urlFile(), { force: true }); // left behind by a server that did not shut down cleanly
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}
