import "server-only";
import { z } from "zod";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "@/lib/auth/password";
import { clearSignInAttempts, normalizeEmail } from "@/lib/auth/sign-in-limits";
import { db } from "@/lib/db/client";
import { query } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { text } from "@/lib/schemas";

// What a sign-in form may send; anything else is a wrong password, decided before any query
// (review M3: a NUL byte or a 6,000-character email reached PostgreSQL and its error reached the page).
const credentials = z.object({ email: text({ max: 320, min: 1, trim: true }), password: text({ max: 1024, min: 1 }) });

/**
 * Checks an email and password; null when they do not match an account. The attempt was counted
 * before (lib/auth/sign-in-limits.ts, by the auth route). An unknown email costs the same password
 * hash as a known one, so the answer and its time do not tell them apart.
 */
export async function verifyCredentials(input: { email?: unknown; password?: unknown }, client: string) {
  const parsed = credentials.safeParse(input);
  if (!parsed.success) return null;
  const email = normalizeEmail(parsed.data.email);
  const user = await db.user.findUnique({ where: { email } });
  const valid = await verifyPassword(parsed.data.password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
  // A deactivated account answers as a wrong password does: the form tells nobody it exists.
  if (!user || !valid || user.deactivatedAt) {
    if (user) await recordSignIn(user, "sign-in.failed", client);
    return null;
  }
  await clearSignInAttempts(email, client);
  await recordSignIn(user, "sign-in", client);
  return {
    id: user.id,
    name: user.fullName,
    email: user.email,
    organizationId: user.organizationId,
    role: user.role,
    sessionVersion: user.sessionVersion,
  };
}

/** A sign-in (or a failed one, to an account that exists) in the organization's audit log. */
async function recordSignIn(user: { id: string; organizationId: string }, kind: string, client: string) {
  const signedIn = kind === "sign-in";
  await query(Prisma.sql`SELECT record_activity(${user.organizationId}, NULL, ${kind}, ${signedIn ? user.id : null},
    ${user.id}, jsonb_build_object('client', ${client}::text))`);
}
