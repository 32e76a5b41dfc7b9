import "server-only";
import { createHash } from "node:crypto";
import { execute, query } from "@/lib/db/sql";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";

// Sign-in attempts are counted before any password is checked, in fixed windows per key, each key
// one row updated atomically: 200 parallel guesses for one email take numbers 1 to 200, and only
// those within the limit go on to the password check (review H2).
//
// Three keys (review M4): an email from one client address (the everyday limit, 5), an email from
// anywhere (50: a guesser spread over many addresses), a client address across emails (30:
// credential stuffing). The email-wide limit is ten times the per-client one, so locking a person
// out takes ten client addresses of an attacker's; even then it lifts when the window passes, and
// their own address still has its own count. A success clears the email's counts and gives the
// client's attempt back. Keys are hashes: any text a client sends makes a short, storable key.

type Key = { key: string; max: number };

const hash = (text: string) => createHash("sha256").update(text).digest("base64url");

function keysFor(email: string, client: string): Key[] {
  const { SIGN_IN_MAX_FAILURES, SIGN_IN_MAX_PER_EMAIL, SIGN_IN_MAX_PER_CLIENT } = env();
  return [
    { key: `email-client:${hash(`${email}\n${client}`)}`, max: SIGN_IN_MAX_FAILURES },
    // Always in this order ("client:" < "email:"): one lock order for every statement, no deadlocks.
    { key: `client:${hash(client)}`, max: SIGN_IN_MAX_PER_CLIENT },
    { key: `email:${hash(email)}`, max: SIGN_IN_MAX_PER_EMAIL },
  ];
}

const windowSql = () => Prisma.sql`make_interval(mins => ${env().SIGN_IN_WINDOW_MINUTES})`;

/**
 * Takes a number for this attempt under each key. Null when the attempt may go on; else the
 * seconds until the fullest window ends (for Retry-After).
 */
export async function reserveSignInAttempt(email: string, client: string): Promise<number | null> {
  const [emailClient, ...wider] = keysFor(normalizeEmail(email), client);
  // The narrowest count first: an attempt it refuses is not counted for the email everywhere, so
  // one client hammering an email cannot lock that person out of every other client.
  return (await reserve([emailClient as Key])) ?? (await reserve(wider));
}

/**
 * "Forgot password" requests from one client address, counted the same way in the same windows:
 * each enqueues an email job, so without this one client could fill the queue, or send every
 * account of the installation a reset email each minute. Null when allowed; else the seconds to wait.
 */
export const reserveResetRequest = (client: string): Promise<number | null> =>
  reserve([{ key: `reset-client:${hash(client)}`, max: env().RESET_MAX_PER_CLIENT }]);

async function reserve(keys: Key[]): Promise<number | null> {
  const window = windowSql();
  const rows = await query<{ key: string; attempts: number; retryAfter: number }>(Prisma.sql`
    INSERT INTO "SignInAttempt" AS a (key, "windowStart", attempts)
    SELECT k, now(), 1 FROM unnest(${keys.map((k) => k.key)}::text[]) WITH ORDINALITY AS t(k, n) ORDER BY n
    ON CONFLICT (key) DO UPDATE SET
      "windowStart" = CASE WHEN a."windowStart" <= now() - ${window} THEN now() ELSE a."windowStart" END,
      attempts = CASE WHEN a."windowStart" <= now() - ${window} THEN 1 ELSE a.attempts + 1 END
    RETURNING a.key, a.attempts,
      greatest(1, ceil(extract(epoch FROM a."windowStart" + ${window} - now())))::int AS "retryAfter"`);
  await pruneExpired();
  const over = rows.filter((row) => row.attempts > (keys.find((k) => k.key === row.key)?.max ?? 0));
  return over.length ? Math.max(...over.map((row) => row.retryAfter)) : null;
}

/** After a successful sign-in: the email's counts start again, and the client's attempt is given back. */
export async function clearSignInAttempts(email: string, client: string): Promise<void> {
  const [emailClient, clientKey, emailKey] = keysFor(normalizeEmail(email), client).map((k) => k.key);
  // Two statements, each taking its rows in the order reserve() does: no lock cycle between them.
  await execute(Prisma.sql`DELETE FROM "SignInAttempt" WHERE key = ANY(${[emailClient, emailKey]}::text[])`);
  await execute(Prisma.sql`UPDATE "SignInAttempt" SET attempts = greatest(attempts - 1, 0) WHERE key = ${clientKey}`);
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** Rows whose window has ended are dropped, a few at a time, never waiting on a row in use. */
async function pruneExpired(): Promise<void> {
  await execute(Prisma.sql`
    DELETE FROM "SignInAttempt" WHERE key IN (
      SELECT key FROM "SignInAttempt" WHERE "windowStart" < now() - ${windowSql()}
      ORDER BY "windowStart" LIMIT 100 FOR UPDATE SKIP LOCKED)`);
}
