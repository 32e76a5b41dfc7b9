import "server-only";
import { hashToken, TOKEN_PREFIX } from "@/lib/auth/api-token";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";

// lastUsedAt is written at most this often per token, so that reads stay reads.
const LAST_USED_RESOLUTION_MS = 60_000;
// Resolved tokens are kept this long per process; revocation clears them here and expires elsewhere.
const CACHE_TTL_MS = 5_000;

type CachedViewer = { viewer: Viewer; tokenId: string; expiresAt: number };
const cache = new Map<string, CachedViewer>();

/** The viewer a Bearer token stands for, or null when it is unknown, revoked or expired. */
export async function viewerForToken(token: string): Promise<Viewer | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  const hash = hashToken(token);
  const now = Date.now();
  const cached = cache.get(hash);
  if (cached && cached.expiresAt > now) return cached.viewer;

  const row = await db.apiToken.findUnique({
    where: { tokenHash: hash },
    select: {
      id: true,
      revokedAt: true,
      expiresAt: true,
      lastUsedAt: true,
      user: { select: { id: true, organizationId: true, role: true, deactivatedAt: true } },
    },
  });
  // Deactivation revokes the tokens too; the user check is for tokens made while deactivated (the CLI).
  if (!row || row.revokedAt || row.user.deactivatedAt || (row.expiresAt && row.expiresAt.getTime() <= now)) {
    cache.delete(hash);
    return null;
  }
  const viewer: Viewer = {
    userId: row.user.id,
    organizationId: row.user.organizationId,
    role: row.user.role,
    via: "token",
  };
  const lastUsedAt = row.lastUsedAt?.getTime() ?? 0;
  if (now - lastUsedAt > LAST_USED_RESOLUTION_MS) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date(now) } });
  }
  cache.set(hash, { viewer, tokenId: row.id, expiresAt: now + CACHE_TTL_MS });
  return viewer;
}

/** Drops a revoked token from this process's cache, so that it stops working here at once. */
export function forgetToken(tokenId: string) {
  for (const [hash, entry] of cache) if (entry.tokenId === tokenId) cache.delete(hash);
}

/** Drops every cached token of a user (deactivated: their tokens were revoked with it). */
export function forgetUserTokens(userId: string) {
  for (const [hash, entry] of cache) if (entry.viewer.userId === userId) cache.delete(hash);
}
