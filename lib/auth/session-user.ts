import "server-only";
import { db } from "@/lib/db/client";

/**
 * The user a session cookie stands for, read fresh: null when they are gone or the session has
 * ended (its version is not the user's: signed out, signed out everywhere, password changed,
 * deactivated) or they are deactivated.
 * Role and organization come from here, never from the cookie, so a change takes effect at once.
 */
export async function sessionUser(session: { userId?: unknown; sessionVersion?: unknown }) {
  if (typeof session.userId !== "string") return null;
  const user = await db.user.findUnique({
    where: { id: session.userId },
    select: {
      id: true,
      organizationId: true,
      fullName: true,
      email: true,
      role: true,
      sessionVersion: true,
      deactivatedAt: true,
      organization: { select: { timeZone: true } },
    },
  });
  return user && !user.deactivatedAt && user.sessionVersion === session.sessionVersion ? user : null;
}
