import "server-only";
import type { NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { bearerToken } from "@/lib/auth/bearer";
import { viewerForToken } from "@/lib/auth/token-viewer";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";

/**
 * The one way a request becomes a viewer: a Bearer token when an Authorization header is present
 * (and then only that), otherwise the next-auth session cookie. Null means 401.
 */
export async function resolveViewer(request: NextRequest): Promise<Viewer | null> {
  if (request.headers.has("authorization")) {
    const token = bearerToken(request);
    return token ? viewerForToken(token) : null;
  }
  const session = await getToken({ req: request, secret: env().NEXTAUTH_SECRET });
  if (typeof session?.userId !== "string") return null;
  // The role and organization come from the database, not the cookie: a demoted or deleted user
  // loses access at once; so does a session whose version was bumped (signed out everywhere).
  const user = await db.user.findUnique({
    where: { id: session.userId },
    select: { id: true, organizationId: true, role: true, sessionVersion: true },
  });
  if (!user || user.sessionVersion !== session.sessionVersion) return null;
  return { userId: user.id, organizationId: user.organizationId, role: user.role, via: "session" };
}
