import "server-only";
import { createHash } from "node:crypto";
import { execute, query } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";

// Rate limits that hold across app servers and parallel requests: each key is one row, counted in
// fixed windows by one atomic upsert, so 200 requests arriving together take the numbers 1 to 200
// and only those within the limit go on. Keys are hashes: any text a client sends makes a short,
// storable key. The sign-in limits and the webchat visitors' limits both count here.

export type Limit = { key: string; max: number; windowSeconds: number };

export const limitKey = (kind: string, ...parts: string[]) =>
  `${kind}:${createHash("sha256").update(parts.join("\n")).digest("base64url")}`;

/**
 * Takes a number under each limit (in key order: one lock order for every statement, so parallel
 * reservations never deadlock). Null when every count is within its limit; else the seconds until
 * the fullest window ends (for Retry-After).
 */
export async function reserve(limits: Limit[]): Promise<number | null> {
  const sorted = [...limits].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const keys = sorted.map((l) => l.key);
  // Retry-After counts from the clock, not from now() (this transaction's start): a window opened by
  // a transaction that started later than this one, whose row this one waited for, would otherwise
  // read a second longer than the window.
  // One round trip: windows that ended are dropped, a hundred at a time and never waiting on a row
  // in use (nor on one of these keys, which the same statement counts), as the numbers are taken.
  const rows = await query<{ key: string; count: number; retryAfter: number }>(Prisma.sql`
    WITH pruned AS (
      DELETE FROM "RateLimit" WHERE key IN (
        SELECT key FROM "RateLimit" WHERE "resetsAt" < now() AND key <> ALL(${keys}::text[])
        ORDER BY "resetsAt" LIMIT 100 FOR UPDATE SKIP LOCKED))
    INSERT INTO "RateLimit" AS r (key, "resetsAt", count)
    SELECT k, now() + make_interval(secs => w), 1
    FROM unnest(${keys}::text[], ${sorted.map((l) => l.windowSeconds)}::int[]) WITH ORDINALITY AS t(k, w, n)
    ORDER BY n
    ON CONFLICT (key) DO UPDATE SET
      "resetsAt" = CASE WHEN r."resetsAt" <= now() THEN excluded."resetsAt" ELSE r."resetsAt" END,
      count = CASE WHEN r."resetsAt" <= now() THEN 1 ELSE r.count + 1 END
    RETURNING r.key, r.count, greatest(1, ceil(extract(epoch FROM r."resetsAt" - clock_timestamp())))::int AS "retryAfter"`);
  const over = rows.filter((row) => row.count > (sorted.find((l) => l.key === row.key)?.max ?? 0));
  return over.length ? Math.max(...over.map((row) => row.retryAfter)) : null;
}

/** Counts that start again now. */
export const forget = (keys: string[]) => execute(Prisma.sql`DELETE FROM "RateLimit" WHERE key = ANY(${keys}::text[])`);

/** One number given back (what was counted turned out not to count). */
export const giveBack = (key: string) =>
  execute(Prisma.sql`UPDATE "RateLimit" SET count = greatest(count - 1, 0) WHERE key = ${key}`);
