import "server-only";
import type { PoolClient } from "pg";
import { execute, query } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";

// A consumer's claim on the database's change events (ChangeEvent, recorded by triggers in the
// transaction that made each change): the oldest it has not handled, each once across app servers
// (SKIP LOCKED), marked handled in the caller's transaction, so that what it does with them
// commits with the mark or not at all.

export type ChangeEvent = {
  id: string;
  organizationId: string;
  kind: string;
  conversationId: string | null;
  messageId: string | null;
  contactId: string | null;
  runId: string | null;
  depth: number;
  /** When the change's transaction began (text, to the microsecond). */
  at: string;
};

/**
 * Each consumer's mark (with the partial index that finds what it has not handled), and what it
 * waits for. The webhooks take only what the automations have handled: two consumers locking the
 * same rows would each skip the other's (SKIP LOCKED), handling them late and out of order; in
 * line, they never meet, and an integrator hears of a change a few milliseconds after the rules did.
 */
const consumers = {
  automations: { mark: Prisma.raw(`"automatedAt"`), after: Prisma.empty },
  webhooks: { mark: Prisma.raw(`"webhookedAt"`), after: Prisma.sql`AND "automatedAt" IS NOT NULL` },
};

export async function claimChanges(
  tx: PoolClient,
  consumer: keyof typeof consumers,
  limit: number,
): Promise<ChangeEvent[]> {
  const { mark, after } = consumers[consumer];
  const changes = await query<ChangeEvent>(
    Prisma.sql`UPDATE "ChangeEvent" e SET ${mark} = now()
      FROM (SELECT id FROM "ChangeEvent" WHERE ${mark} IS NULL ${after} ORDER BY id LIMIT ${limit} FOR UPDATE SKIP LOCKED) p
      WHERE e.id = p.id
      RETURNING e.id::text, e."organizationId", e.kind, e."conversationId", e."messageId", e."contactId", e."runId",
        e.depth, e."createdAt"::text AS at`,
    tx,
  );
  return changes.sort((a, b) => Number(BigInt(a.id) - BigInt(b.id)));
}

/** Events every consumer handled are kept a week (what a consumer added later, or someone looking, may read);
 *  older ones go in batches, so that one pass never holds a long lock. */
export async function pruneEvents(keepDays = 7, batches = 100): Promise<number> {
  let removed = 0;
  for (let batch = 0; batch < batches; batch++) {
    const count = await execute(
      Prisma.sql`DELETE FROM "ChangeEvent" WHERE id IN (SELECT id FROM "ChangeEvent"
        WHERE "createdAt" < now() - make_interval(days => ${keepDays}) AND "automatedAt" IS NOT NULL AND "webhookedAt" IS NOT NULL LIMIT 10000)`,
    );
    removed += count;
    if (count < 10_000) break;
  }
  return removed;
}
