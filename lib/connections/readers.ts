import "server-only";
import pg from "pg";
import type { CheckResult } from "@/lib/channels/channel";
import { channelOf, channels } from "@/lib/channels/registry";
import { query } from "@/lib/db/sql";
import { databaseUrl, env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ChannelProvider } from "@/lib/generated/prisma/enums";
import { logger } from "@/lib/log";
import { CONNECTIONS_CHANGED } from "./changed";
import { openConnection, recordReadCheck, type StoredConnection } from "./connections";

// The background reads of the channels that have them (a mailbox's IMAP reader), one per enabled
// connection across every app server: each server looks every MAILBOX_CHECK_SECONDS for
// connections nobody reads, and takes one by a session-level advisory lock on a connection of its
// own to PostgreSQL. The lock goes with that session, so when a server dies (or its database
// connection does) another takes the connection over at its next look.

/** A turn of reading: `basis` is what it read with (settings and secrets as stored), so that a
 *  changed connection (a new password, another host) is read again with what it has now. */
type Reading = { abort: AbortController; done: Promise<void>; basis: string };

const basisOf = (row: StoredConnection) => `${JSON.stringify(row.settings)}\n${row.sealedSecrets}`;

const MAX_WAIT_MS = 30 * 60_000;

const readable = () =>
  (Object.values(channels) as { provider: ChannelProvider; read?: unknown }[])
    .filter((c) => c.read)
    .map((c) => c.provider);

export function startConnectionReaders() {
  const reading = new Map<string, Reading>();
  // A connection whose last turn failed (a changed password): not tried again before `until`.
  const failing = new Map<string, { failures: number; until: number }>();
  let stopped = false;
  let looking: Promise<void> = Promise.resolve();

  async function look() {
    const providers = readable();
    if (stopped || providers.length === 0) return;
    const rows = await query<StoredConnection>(Prisma.sql`
      SELECT id, "organizationId", provider, name, settings, "sealedSecrets", "webhookKey" FROM "ChannelConnection"
      WHERE provider = ANY(${providers}::"ChannelProvider"[]) AND "disabledAt" IS NULL`);
    const enabled = new Set(rows.map((row) => row.id));
    for (const [id, read] of reading) if (!enabled.has(id)) read.abort.abort();
    for (const row of rows) {
      const read = reading.get(row.id);
      if (read && read.basis !== basisOf(row)) {
        read.abort.abort();
        await read.done;
      }
      const waiting = failing.get(row.id);
      if (!reading.has(row.id) && !stopped && (!waiting || waiting.until <= Date.now())) await take(row);
    }
  }

  async function take(row: StoredConnection) {
    const abort = new AbortController();
    const lock = new pg.Client({ connectionString: databaseUrl(), connectionTimeoutMillis: 10_000 });
    lock.on("error", () => abort.abort()); // the session, and the lock with it, is gone
    try {
      await lock.connect();
      const { rows } = await lock.query<{ taken: boolean }>(
        "SELECT pg_try_advisory_lock(hashtext('connection-reader'), hashtext($1)) AS taken",
        [row.id],
      );
      if (!rows[0]?.taken) {
        await lock.end();
        return;
      }
    } catch (error) {
      logger().warn({ connectionId: row.id, err: (error as Error).message }, "could not take a connection's reader");
      await lock.end().catch(() => {});
      return;
    }
    const read = channelOf(row.provider).read;
    const report = async (result: CheckResult) => {
      if (result.ok) failing.delete(row.id);
      else {
        const failures = (failing.get(row.id)?.failures ?? 0) + 1;
        const wait = Math.min(env().MAILBOX_CHECK_SECONDS * 1000 * 2 ** (failures - 1), MAX_WAIT_MS);
        failing.set(row.id, { failures, until: Date.now() + wait });
      }
      if (!abort.signal.aborted) await recordReadCheck(row, result);
    };
    const done = (async () => {
      try {
        await read?.(openConnection(row), abort.signal, report);
      } catch (error) {
        logger().warn({ connectionId: row.id, err: (error as Error).message }, "a connection's reader stopped");
      } finally {
        reading.delete(row.id);
        await lock.end().catch(() => {});
      }
    })();
    reading.set(row.id, { abort, done, basis: basisOf(row) });
  }

  const check = () => {
    looking = looking
      .then(look)
      .catch((error) => logger().warn({ err: (error as Error).message }, "looking for connections to read failed"));
  };
  check();
  const timer = setInterval(check, env().MAILBOX_CHECK_SECONDS * 1000);
  timer.unref();
  // A connection made or changed anywhere: look now (lib/connections/changed.ts).
  const listener = new pg.Client({ connectionString: databaseUrl(), connectionTimeoutMillis: 10_000 });
  listener.on("notification", () => {
    failing.clear(); // a connection changed (a password fixed): every one is worth a try now
    check();
  });
  listener.on("error", () => {}); // without it, the timer still looks
  const listening = listener
    .connect()
    .then(() => listener.query(`LISTEN ${CONNECTIONS_CHANGED}`))
    .catch((error) =>
      logger().warn({ err: (error as Error).message }, "not told of new connections: looking by the clock"),
    );
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await listening;
      await listener.end().catch(() => {});
      await looking;
      for (const read of reading.values()) read.abort.abort();
      await Promise.all([...reading.values()].map((read) => read.done));
    },
  };
}
