import "server-only";
import { createHash } from "node:crypto";
import type pg from "pg";
import { pool } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

// Hand-written statements (built with Prisma.sql, so values are always parameters) go straight to
// pg. Prisma's $queryRaw added about 0.3 ms of CPU to each statement here (0.45 against 0.18 for
// the same SELECT 1), which is most of a write's cost in the app; model queries stay with Prisma.
//
// Each is a named prepared statement, parsed once per connection; after a few runs PostgreSQL plans
// it once too (a generic plan, when that costs no more than planning each time). That halved the
// database's time for the conversation by id (880 µs to 420 µs a statement), most of which was
// parsing and planning the JSON builders. The statements' texts are a bounded set (filters and
// roles choose among fixed fragments; lists are array parameters), and the query-plan gate checks
// their generic plans as well as their custom ones.

const names = new Map<string, string>();

/** The statement as pg's query config: named by a hash of its text. */
function prepared(statement: Prisma.Sql): pg.QueryConfig {
  let name = names.get(statement.text);
  if (!name) {
    name = `s${createHash("sha256").update(statement.text).digest("base64url").slice(0, 24)}`;
    names.set(statement.text, name);
  }
  return { name, text: statement.text, values: statement.values };
}

/** A pool, a transaction's connection, or anything else that runs one statement the same way
 *  (the job queue's transaction). */
export type Queryable = {
  query<Row extends object>(config: pg.QueryConfig): Promise<{ rows: Row[]; rowCount?: number | null }>;
};

/** The rows of one statement. */
export async function query<Row extends object>(statement: Prisma.Sql, on: Queryable = pool()): Promise<Row[]> {
  return (await on.query<Row>(prepared(statement))).rows;
}

/** The rows of one statement planned for its values each time it runs, never prepared: for a
 *  statement whose best plan depends on them (a search for a rare word, or a common one), which
 *  one generic plan would serve badly. */
export async function queryPlannedEach<Row extends object>(
  statement: Prisma.Sql,
  on: Queryable = pool(),
): Promise<Row[]> {
  return (await on.query<Row>({ text: statement.text, values: statement.values })).rows;
}

/** The rows of one heavy statement (a report) that stops when `signal` aborts, its client gone:
 *  PostgreSQL is asked from another connection to cancel it (pg_cancel_backend), or it would run to
 *  its end for nobody, holding a connection and a core. A connection a cancel was sent to is closed,
 *  not pooled: the cancel may land after the statement ended, and must not hit the next one. */
export async function queryUntilAborted<Row extends object>(
  statement: Prisma.Sql,
  signal: AbortSignal,
): Promise<Row[]> {
  signal.throwIfAborted();
  const connection = await pool().connect();
  let cancelled: Promise<unknown> | undefined;
  try {
    const { rows } = await connection.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    const pid = rows[0]?.pid;
    const cancel = () => {
      cancelled = pool()
        .query("SELECT pg_cancel_backend($1)", [pid])
        .catch(() => undefined);
    };
    signal.addEventListener("abort", cancel, { once: true });
    try {
      signal.throwIfAborted();
      return (await connection.query<Row>(prepared(statement))).rows;
    } finally {
      signal.removeEventListener("abort", cancel);
    }
  } finally {
    if (cancelled) await cancelled;
    connection.release(cancelled !== undefined);
  }
}

/** How many rows one statement wrote. */
export async function execute(statement: Prisma.Sql, on: Queryable = pool()): Promise<number> {
  return (await on.query(prepared(statement))).rowCount ?? 0;
}

/** Runs `work` in one transaction on one connection: committed if it returns, rolled back if it throws. */
export async function transaction<T>(work: (tx: pg.PoolClient) => Promise<T>): Promise<T> {
  const connection = await pool().connect();
  let broken: Error | undefined;
  try {
    await connection.query("BEGIN");
    const result = await work(connection);
    await connection.query("COMMIT");
    return result;
  } catch (error) {
    // A connection that cannot even roll back is dropped from the pool, not reused.
    await connection.query("ROLLBACK").catch((rollbackError: Error) => {
      broken = rollbackError;
    });
    throw error;
  } finally {
    connection.release(broken);
  }
}

/** `text` for a LIKE/ILIKE pattern, matched literally: its %, _ and \\ escaped (PostgreSQL's default
 *  escape character is the backslash), so a search for "50%" finds "50%", not everything. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}
