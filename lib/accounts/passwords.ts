import "server-only";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { clearSignInAttempts, reserveResetRequest, reserveSignInAttempt } from "@/lib/auth/sign-in-limits";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { query, transaction } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";
import { enqueueEmail } from "./email-queue";
import { hashLinkToken, isLinkToken, linkUrl, newLinkToken } from "./links";
import { assertCanManagePeople } from "./people";

// Passwords: changing your own, and resetting a forgotten one through a single-use link (emailed,
// or produced by an admin when there is no SMTP). Every change ends the user's sessions and any
// other reset link.

export const RESET_MINUTES = 60;

/**
 * Changes the viewer's password; needs the current one, each try counted like a sign-in (so a
 * stolen session cannot guess it faster than the sign-in form). Ends all the user's sessions: the
 * page signs in again with the new password, which leaves only that one.
 */
export async function changePassword(
  viewer: Viewer,
  input: { currentPassword: string; newPassword: string },
  client: string,
) {
  if (viewer.via !== "session")
    throw new ApiError("forbidden", "Change your password from the app, not with an API token");
  const user = await db.user.findUniqueOrThrow({
    where: { id: viewer.userId },
    select: { email: true, passwordHash: true },
  });
  const retryAfter = await reserveSignInAttempt(user.email, client);
  if (retryAfter !== null) {
    throw new ApiError("too_many_requests", "Too many attempts; try again later", undefined, retryAfter);
  }
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new ApiError("bad_request", "currentPassword: is not your current password", [
      { path: "currentPassword", message: "is not your current password" },
    ]);
  }
  await clearSignInAttempts(user.email, client);
  await setPassword(viewer.userId, await hashPassword(input.newPassword));
  return { email: user.email };
}

async function setPassword(userId: string, passwordHash: string, on?: Parameters<typeof query>[1]) {
  await query(
    Prisma.sql`
      WITH changed AS (
        UPDATE "User" SET "passwordHash" = ${passwordHash}, "sessionVersion" = "sessionVersion" + 1, "updatedAt" = now()
        WHERE id = ${userId} RETURNING id
      )
      UPDATE "PasswordReset" SET "usedAt" = now() WHERE "userId" IN (SELECT id FROM changed) AND "usedAt" IS NULL`,
    on,
  );
}

/**
 * "Forgot password": enqueues the job whatever the email, so the answer and its timing are the same
 * for an unknown address; the worker looks the account up (mintResetLink) and sends nothing when
 * there is none. At most one email per address a minute (the queue's singleton key), and at most
 * RESET_MAX_PER_CLIENT requests per client address in the sign-in window (429).
 */
export async function requestPasswordReset(email: string, client: string) {
  const retryAfter = await reserveResetRequest(client);
  if (retryAfter !== null) {
    const minutes = Math.ceil(retryAfter / 60);
    throw new ApiError(
      "too_many_requests",
      `Too many reset requests from this address; try again in ${minutes} minute${minutes === 1 ? "" : "s"}`,
      undefined,
      retryAfter,
    );
  }
  await enqueueEmail({ kind: "password-reset", email: email.trim().toLowerCase() });
}

/** Mints a reset link for the active user with `email`; null when there is none. */
export async function mintResetLink(on: Parameters<typeof query>[1], email: string) {
  const { token, tokenHash } = newLinkToken();
  const [row] = await query<{ email: string }>(
    Prisma.sql`
      INSERT INTO "PasswordReset" ("userId", "tokenHash", "expiresAt")
      SELECT id, ${tokenHash}, now() + make_interval(mins => ${RESET_MINUTES})
      FROM "User" WHERE email = ${email} AND "deactivatedAt" IS NULL
      RETURNING (SELECT email FROM "User" WHERE email = ${email}) AS email`,
    on,
  );
  return row ? { email: row.email, token } : null;
}

/** A reset link an admin passes on by hand (no SMTP, or the email went astray). */
export async function adminResetLink(viewer: Viewer, userId: string, origin: string) {
  assertCanManagePeople(viewer);
  const user = await db.user.findFirst({
    where: { id: userId, organizationId: viewer.organizationId },
    select: { email: true, deactivatedAt: true },
  });
  if (!user) throw new ApiError("not_found", "Person not found");
  if (user.deactivatedAt) throw new ApiError("conflict", "This person is deactivated; reactivate them first");
  const minted = await mintResetLink(undefined, user.email);
  if (!minted) throw new ApiError("not_found", "Person not found");
  return { link: linkUrl("reset-password", minted.token, origin), expiresInMinutes: RESET_MINUTES };
}

export type ResetLinkState = { status: "valid"; email: string } | { status: "expired" | "used" | "unknown" };

export async function resetByToken(token: string): Promise<ResetLinkState> {
  if (!isLinkToken(token)) return { status: "unknown" };
  const reset = await db.passwordReset.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: { usedAt: true, expiresAt: true, user: { select: { email: true, deactivatedAt: true } } },
  });
  if (!reset || reset.user.deactivatedAt) return { status: "unknown" };
  if (reset.usedAt) return { status: "used" };
  if (reset.expiresAt <= new Date()) return { status: "expired" };
  return { status: "valid", email: reset.user.email };
}

/** Sets a new password from a reset link: the link is taken by one conditional UPDATE, so it works once. */
export async function completePasswordReset(input: { token: string; password: string }, client: string) {
  if (!isLinkToken(input.token)) throw new ApiError("not_found", "This reset link is not valid");
  const passwordHash = await hashPassword(input.password);
  const tokenHash = hashLinkToken(input.token);
  const email = await transaction(async (tx) => {
    const [taken] = await query<{ userId: string; email: string }>(
      Prisma.sql`
        UPDATE "PasswordReset" r SET "usedAt" = now()
        FROM "User" u
        WHERE r."tokenHash" = ${tokenHash} AND r."usedAt" IS NULL AND r."expiresAt" > now()
          AND u.id = r."userId" AND u."deactivatedAt" IS NULL
        RETURNING r."userId", u.email`,
      tx,
    );
    if (!taken) {
      const state = await resetByToken(input.token);
      if (state.status === "used") throw new ApiError("gone", "This reset link has already been used");
      if (state.status === "expired") throw new ApiError("gone", "This reset link has expired; ask for a new one");
      throw new ApiError("not_found", "This reset link is not valid");
    }
    await setPassword(taken.userId, passwordHash, tx);
    return taken.email;
  });
  // Someone locked out who has just proved they own the address may sign in at once.
  await clearSignInAttempts(email, client);
  return { email };
}
