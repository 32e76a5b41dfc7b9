import "server-only";
import type { NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { viewerForToken } from "@/lib/services/api-tokens";

/**
 * The one way a request becomes a viewer: a Bearer token when an Authorization header is present
 * (and then only that), otherwise the next-auth session cookie. Null means 401.
 */
export async function resolveViewer(request: NextRequest): Promise<Viewer | null> {
  const authorization = request.headers.get("authorization");
  if (authorization !== null) {
    const match = /^Bearer +(\S+) *$/i.exec(authorization);
    return match?.[1] ? viewerForToken(match[1]) : null;
  }
  const session = await getToken({ req: request, secret: env().NEXTAUTH_SECRET });
  if (typeof session?.userId !== "string") return null;
  // The role and organization come from the database, not the cookie: a demoted or deleted user
  // loses access at once.
  const user = await db.user.findUnique({
    where: { id: session.userId },
    select: { id: true, organizationId: true, role: true },
  });
  return user ? { userId: user.id, organizationId: user.organizationId, role: user.role, via: "session" } : null;
}
