import "server-only";
import { env } from "@/lib/env";
import { forget, giveBack, type Limit, limitKey, reserve } from "@/lib/limits/rate-limit";

// Sign-in attempts are counted before any password is checked, in fixed windows per key, each key
// one row updated atomically (lib/limits/rate-limit.ts): 200 parallel guesses for one email take
// numbers 1 to 200, and only those within the limit go on to the password check (review H2).
//
// Three keys (review M4): an email from one client address (the everyday limit, 5), an email from
// anywhere (50: a guesser spread over many addresses), a client address across emails (30:
// credential stuffing). The email-wide limit is ten times the per-client one, so locking a person
// out takes ten client addresses of an attacker's; even then it lifts when the window passes, and
// their own address still has its own count. A success clears the email's counts and gives the
// client's attempt back.

const signInWindow = () => env().SIGN_IN_WINDOW_MINUTES * 60;

function limitsFor(email: string, client: string): Limit[] {
  const { SIGN_IN_MAX_FAILURES, SIGN_IN_MAX_PER_EMAIL, SIGN_IN_MAX_PER_CLIENT } = env();
  const windowSeconds = signInWindow();
  return [
    { key: limitKey("email-client", email, client), max: SIGN_IN_MAX_FAILURES, windowSeconds },
    { key: limitKey("client", client), max: SIGN_IN_MAX_PER_CLIENT, windowSeconds },
    { key: limitKey("email", email), max: SIGN_IN_MAX_PER_EMAIL, windowSeconds },
  ];
}

/**
 * Takes a number for this attempt under each key. Null when the attempt may go on; else the
 * seconds until the fullest window ends (for Retry-After).
 */
export async function reserveSignInAttempt(email: string, client: string): Promise<number | null> {
  const [emailClient, ...wider] = limitsFor(normalizeEmail(email), client);
  // The narrowest count first: an attempt it refuses is not counted for the email everywhere, so
  // one client hammering an email cannot lock that person out of every other client.
  return (await reserve([emailClient as Limit])) ?? (await reserve(wider));
}

/**
 * "Forgot password" requests from one client address, counted the same way in the same windows:
 * each enqueues an email job, so without this one client could fill the queue, or send every
 * account of the installation a reset email each minute. Null when allowed; else the seconds to wait.
 */
export const reserveResetRequest = (client: string): Promise<number | null> =>
  reserve([{ key: limitKey("reset-client", client), max: env().RESET_MAX_PER_CLIENT, windowSeconds: signInWindow() }]);

/** After a successful sign-in: the email's counts start again, and the client's attempt is given back. */
export async function clearSignInAttempts(email: string, client: string): Promise<void> {
  const [emailClient, clientKey, emailKey] = limitsFor(normalizeEmail(email), client).map((l) => l.key);
  await forget([emailClient as string, emailKey as string]);
  await giveBack(clientKey as string);
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase();
