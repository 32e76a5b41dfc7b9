import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";

// The viewer's own account: name and sessions. Password: lib/accounts/passwords.ts.

export async function updateAccount(viewer: Viewer, input: { fullName: string }) {
  return db.user.update({
    where: { id: viewer.userId },
    data: { fullName: input.fullName },
    select: { id: true, fullName: true, email: true, role: true },
  });
}

/** Ends every session of the viewer, this one included (API tokens are managed on their own). */
export async function signOutEverywhere(viewer: Viewer) {
  await db.user.update({ where: { id: viewer.userId }, data: { sessionVersion: { increment: 1 } } });
}
