import "server-only";
import type { NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { bearerToken } from "@/lib/auth/bearer";
import { sessionUser } from "@/lib/auth/session-user";
import { viewerForToken } from "@/lib/auth/token-viewer";
import type { Viewer } from "@/lib/auth/viewer";
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
  const user = session && (await sessionUser(session));
  return user ? { userId: user.id, organizationId: user.organizationId, role: user.role, via: "session" } : null;
}
