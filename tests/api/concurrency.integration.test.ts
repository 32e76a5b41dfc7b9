import pg from "pg";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { callRoute } from "../support/call-route";
import { conversationOf, createOrganization, createUser, type TestUser } from "../support/factories";
import * as routes from "./routes";

// Races between concurrent transactions, each on a connection of its own.

let world: Awaited<ReturnType<typeof createOrganization>>;
let conversationId: string;

beforeEach(async () => {
  world = await createOrganization();
  conversationId = (await conversationOf(world, { ownerId: world.agent.id, messages: [{ isIncoming: true }] })).id;
});

const put = (token: string, body: unknown) =>
  callRoute(routes.conversation.PUT, "PUT", "/", { token, params: { id: conversationId }, body });

describe("concurrent writes to one conversation", () => {
  it("loses no update: 40 simultaneous assignments each count once", async () => {
    const users: TestUser[] = [];
    for (let i = 0; i < 40; i++) users.push(await createUser(world.organization.id, "AGENT"));
    const results = await Promise.all(users.map((u) => put(world.manager.token, { assignees: [u.id] })));
    expect(results.map((r) => r.status)).toEqual(users.map(() => 200));

    const row = await db.conversation.findUniqueOrThrow({
      where: { id: conversationId },
      include: { assignees: true },
    });
    expect(row.version).toBe(40);
    expect(row.assignees).toHaveLength(1);
    // Each response saw a distinct version: the writes were serialised, none overwrote another.
    expect(new Set(results.map((r) => r.body.data.__v)).size).toBe(40);
  });

  it("lets exactly one of 30 writers with the same __v win; the rest get 409", async () => {
    const results = await Promise.all(
      Array.from({ length: 30 }, () => put(world.admin.token, { isResolved: true, __v: 0 })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(29);
    const row = await db.conversation.findUniqueOrThrow({ where: { id: conversationId } });
    expect(row.version).toBe(1);
  });

  it("never half-deletes: a delete racing updates and reads leaves nothing, and nobody gets a 5xx", async () => {
    const token = world.admin.token;
    const racers = [
      callRoute(routes.remove.DELETE, "DELETE", "/", { token, body: { conversationId } }),
      ...Array.from({ length: 10 }, (_, i) => put(token, { isResolved: i % 2 === 0 })),
      ...Array.from({ length: 5 }, () => callRoute(routes.seen.POST, "POST", "/", { token, body: { conversationId } })),
      // Unpaged (streamed) reads up to the per-viewer limit, and paged ones.
      ...Array.from({ length: 5 }, (_, i) =>
        callRoute(routes.messages.POST, "POST", "/", {
          token,
          body: { conversationId, ...(i < 2 ? {} : { limit: 2 }) },
        }),
      ),
    ];
    const results = await Promise.all(racers);
    for (const r of results) expect([200, 404]).toContain(r.status);
    expect(results[0]?.status).toBe(200);
    expect(await db.message.count({ where: { conversationId } })).toBe(0);
    expect(await db.conversationSeen.count({ where: { conversationId } })).toBe(0);
  });

  it("marks seen and unseen from many tabs at once without an error", async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        callRoute(i % 2 ? routes.seen.POST : routes.unseen.POST, "POST", "/", {
          token: world.agent.token,
          body: { conversationId },
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(results.map(() => 200));
    expect(await db.conversationSeen.count({ where: { conversationId } })).toBe(1);
  });

  it("answers 404, not 500, to a seen write caught behind a delete that then commits", async () => {
    // Deterministic: the delete holds the row until the seen write is seen waiting on it.
    const deleter = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await deleter.connect();
    try {
      await deleter.query("BEGIN");
      await deleter.query(`DELETE FROM "Conversation" WHERE id = $1`, [conversationId]);
      const seen = callRoute(routes.seen.POST, "POST", "/", { token: world.agent.token, body: { conversationId } });
      await waitUntilBlockedBy(deleter);
      await deleter.query("COMMIT");
      expect((await seen).status).toBe(404);
    } finally {
      await deleter.end();
    }
  });

  it("moves updatedAt forward with every committed change, in commit order, even past a writer that began earlier", async () => {
    const [early, late] = [
      new pg.Client({ connectionString: process.env.DATABASE_URL }),
      new pg.Client({ connectionString: process.env.DATABASE_URL }),
    ];
    await Promise.all([early.connect(), late.connect()]);
    const updatedAt = async () =>
      (await db.conversation.findUniqueOrThrow({ where: { id: conversationId } })).updatedAt;
    try {
      // The early writer's transaction starts (now() is its start), the late one starts and commits
      // a change, then the early one writes and commits: its change is the newer one.
      await early.query("BEGIN");
      await early.query("SELECT now()");
      await late.query(`UPDATE "Conversation" SET "isAutopilot" = true WHERE id = $1`, [conversationId]);
      const afterLate = await updatedAt();
      await early.query(`UPDATE "Conversation" SET "isAutopilot" = false WHERE id = $1`, [conversationId]);
      await early.query("COMMIT");
      expect((await updatedAt()).getTime()).toBeGreaterThan(afterLate.getTime());
      // Two changes within one millisecond are two versions still.
      const before = await updatedAt();
      await late.query("BEGIN");
      await late.query(`UPDATE "Conversation" SET "isAutopilot" = true WHERE id = $1`, [conversationId]);
      await late.query(`UPDATE "Conversation" SET "isAutopilot" = false WHERE id = $1`, [conversationId]);
      await late.query("COMMIT");
      expect((await updatedAt()).getTime()).toBeGreaterThanOrEqual(before.getTime() + 2);
    } finally {
      await Promise.all([early.end(), late.end()]);
    }
  });
});

/** Resolves once some other session waits for a lock that `holder`'s session holds. */
async function waitUntilBlockedBy(holder: pg.Client) {
  for (;;) {
    const { rows } = await holder.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE pg_backend_pid() = ANY(pg_blocking_pids(pid))`,
    );
    if (rows[0].n > 0) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
