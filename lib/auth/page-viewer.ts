import "server-only";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { authOptions } from "@/lib/auth/options";
import { sessionUser } from "@/lib/auth/session-user";
import type { ViewerInfo } from "@/lib/auth/viewer";

/** The signed-in user for a page, read fresh from the database; null when signed out. */
export const getPageViewer = cache(async (): Promise<ViewerInfo | null> => {
  const session = await getServerSession(authOptions);
  const user =
    session?.user && (await sessionUser({ userId: session.user.id, sessionVersion: session.user.sessionVersion }));
  return user ? { id: user.id, name: user.fullName, email: user.email, role: user.role } : null;
});

/** For pages behind sign-in: the viewer, or a redirect to the sign-in page. */
export async function requirePageViewer(): Promise<ViewerInfo> {
  const viewer = await getPageViewer();
  if (!viewer) redirect("/login");
  return viewer;
}
