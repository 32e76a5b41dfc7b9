import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { freePort } from "@/lib/free-port";

// The zero-setup database: PostgreSQL compiled to WebAssembly (PGlite), its files in a local
// folder, served over the PostgreSQL wire protocol so that the app uses exactly the same driver
// and code as with a real server. One backend serialises every query: fine for one machine and
// for tests; production points DATABASE_URL at a real PostgreSQL.

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

/** dataDir: a folder, or undefined for an in-memory database (tests). */
export async function startEmbeddedDatabase(options: {
  dataDir?: string;
  port?: number;
  maxConnections?: number;
}): Promise<EmbeddedDatabase> {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  // pg_trgm: the migrations create trigram indexes for contact search.
  const db = await PGlite.create(options.dataDir, { extensions: { pg_trgm } });
  const port = options.port || (await freePort());
  const server = new PGLiteSocketServer({
    db,
    port,
    host: "127.0.0.1",
    // A connection past this limit is reset, not queued: keep client pools at or below it.
    maxConnections: options.maxConnections ?? 8,
  });
  await server.start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
