import "server-only";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { authOptions } from "@/lib/auth/options";
import type { ViewerInfo } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";

/** The signed-in user for a page, read fresh from the database; null when signed out. */
export const getPageViewer = cache(async (): Promise<ViewerInfo | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  const user = await db.user.findUnique({
    where: { id: session.user.id },
    select: { id: true, fullName: true, email: true, role: true, sessionVersion: true },
  });
  if (!user || user.sessionVersion !== session.user.sessionVersion) return null;
  return { id: user.id, name: user.fullName, email: user.email, role: user.role };
});

/** For pages behind sign-in: the viewer, or a redirect to the sign-in page. */
export async function requirePageViewer(): Promise<ViewerInfo> {
  const viewer = await getPageViewer();
  if (!viewer) redirect("/login");
  return viewer;
}
