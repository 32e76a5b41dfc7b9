import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EmbeddedDatabase, startEmbeddedDatabase } from "@/lib/db/embedded";

// PGlite has one session; the socket server multiplexes connections onto it. The extended
// protocol sends Parse, Bind, Execute and Sync as separate messages, so another connection's
// Parse must not land in between (it would replace the unnamed statement being bound).

let database: EmbeddedDatabase;
beforeAll(async () => {
  database = await startEmbeddedDatabase({});
});
afterAll(async () => {
  await database?.stop();
});

describe("the embedded database's socket server", () => {
  it("keeps each connection's extended-protocol messages together", async () => {
    const clients = Array.from({ length: 8 }, () => new pg.Client({ connectionString: database.url }));
    await Promise.all(clients.map((client) => client.connect()));
    try {
      // Each client binds a different number of parameters, many times over, all at once.
      const results = await Promise.all(
        clients.map(async (client, n) => {
          const params = Array.from({ length: n + 1 }, (_, i) => i + 1);
          const list = params.map((_, i) => `$${i + 1}::int`).join(" + ");
          let total = 0;
          for (let round = 0; round < 200; round++) {
            const { rows } = await client.query(`SELECT ${list} AS sum`, params);
            total += rows[0].sum;
          }
          return total;
        }),
      );
      expect(results).toEqual(clients.map((_, n) => (200 * (n + 1) * (n + 2)) / 2));
    } finally {
      await Promise.all(clients.map((client) => client.end()));
    }
  });
});
