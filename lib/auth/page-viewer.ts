import "server-only";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { authOptions } from "@/lib/auth/options";
import { sessionUser } from "@/lib/auth/session-user";
import type { Viewer, ViewerInfo } from "@/lib/auth/viewer";

/** The user the page's session stands for, read fresh from the database (once per request). */
const pageUser = cache(async () => {
  const session = await getServerSession(authOptions);
  return session?.user ? sessionUser({ userId: session.user.id, sessionVersion: session.user.sessionVersion }) : null;
});

/** The signed-in user for a page, read fresh from the database; null when signed out. */
export const getPageViewer = cache(async (): Promise<ViewerInfo | null> => {
  const user = await pageUser();
  return user
    ? { id: user.id, name: user.fullName, email: user.email, role: user.role, timeZone: user.organization.timeZone }
    : null;
});

/** For pages behind sign-in: the viewer, or a redirect to the sign-in page. */
export async function requirePageViewer(): Promise<ViewerInfo> {
  const viewer = await getPageViewer();
  if (!viewer) redirect("/login");
  return viewer;
}

/** For a page that reads data as the API would (the inbox's first rows): the same viewer the API
 *  resolves from the session cookie, or a redirect to the sign-in page. */
export async function requirePageDataViewer(): Promise<Viewer> {
  const user = await pageUser();
  if (!user) redirect("/login");
  return { userId: user.id, organizationId: user.organizationId, role: user.role, via: "session" };
}
