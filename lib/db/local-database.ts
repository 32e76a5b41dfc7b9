import { runningEmbeddedUrl, startEmbedded } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { env } from "@/lib/env";

// How the project's commands find their database: DATABASE_URL when set; otherwise the embedded
// PostgreSQL in EMBEDDED_DATABASE_DIR. A server (npm run dev / start) owns the embedded one; a
// one-off command connects to it while it runs, or starts it for its own duration.

export type LocalDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

/** For a long-running server: the database, migrated; an embedded one stays up until stop(). */
export async function openDatabase(log: (line: string) => void): Promise<LocalDatabase> {
  const configured = env().DATABASE_URL;
  if (configured) {
    await migrate(configured, log);
    return { url: configured, embedded: false, stop: async () => {} };
  }
  const server = await startEmbedded({ dataDir: env().EMBEDDED_DATABASE_DIR, log });
  try {
    await migrate(server.url, log);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: server.url, embedded: true, stop: server.stop };
}

/** For a one-off command: runs fn against the database, then lets go of it. */
export async function withDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const configured = env().DATABASE_URL ?? (await runningEmbeddedUrl(env().EMBEDDED_DATABASE_DIR));
  if (configured) return fn(configured);
  const database = await openDatabase(() => {});
  try {
    return await fn(database.url);
  } finally {
    await database.stop();
  }
}
