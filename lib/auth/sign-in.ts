import "server-only";
import { z } from "zod";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "@/lib/auth/password";
import { clearSignInAttempts, normalizeEmail } from "@/lib/auth/sign-in-limits";
import { db } from "@/lib/db/client";
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
  if (!user || !valid || user.deactivatedAt) return null;
  await clearSignInAttempts(email, client);
  return {
    id: user.id,
    name: user.fullName,
    email: user.email,
    organizationId: user.organizationId,
    role: user.role,
    sessionVersion: user.sessionVersion,
  };
}
