import "server-only";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";

export class TooManySignInAttempts extends Error {
  constructor(minutes: number) {
    super(`Too many failed sign-ins. Try again in ${minutes} minutes.`);
  }
}

/**
 * Checks an email and password. Failures are recorded in the database, so the limit holds across
 * every app server; once an email has SIGN_IN_MAX_FAILURES recent failures, attempts are refused
 * without checking the password until the window passes.
 */
export async function verifyCredentials(options: { email: string; password: string }) {
  const email = options.email.trim().toLowerCase();
  const { password } = options;
  const { SIGN_IN_MAX_FAILURES, SIGN_IN_WINDOW_MINUTES } = env();
  const since = new Date(Date.now() - SIGN_IN_WINDOW_MINUTES * 60_000);
  const failures = await db.signInFailure.count({ where: { email, createdAt: { gte: since } } });
  if (failures >= SIGN_IN_MAX_FAILURES) throw new TooManySignInAttempts(SIGN_IN_WINDOW_MINUTES);

  const user = await db.user.findUnique({ where: { email } });
  const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
  if (!user || !valid) {
    await db.signInFailure.create({ data: { email } });
    return null;
  }
  await db.signInFailure.deleteMany({ where: { email } });
  return { id: user.id, name: user.fullName, email: user.email, organizationId: user.organizationId, role: user.role };
}
