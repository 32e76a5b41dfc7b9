import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { hashToken, newApiToken, TOKEN_PREFIX } from "@/lib/domain/api-token";
import { ApiError } from "@/lib/http/api-error";

// lastUsedAt is written at most this often per token, so that reads stay reads.
const LAST_USED_RESOLUTION_MS = 60_000;
// Resolved tokens are kept this long per process; revocation clears them here and expires elsewhere.
const CACHE_TTL_MS = 5_000;

type CachedViewer = { viewer: Viewer; tokenId: string; expiresAt: number };
const cache = new Map<string, CachedViewer>();

export async function createApiToken(options: { userId: string; name: string }) {
  const { token, tokenHash, prefix } = newApiToken();
  const record = await db.apiToken.create({
    data: { userId: options.userId, name: options.name, tokenHash, prefix },
    select: tokenSelect,
  });
  return { token, record };
}

export async function listApiTokens(viewer: Viewer) {
  return db.apiToken.findMany({
    where: { userId: viewer.userId, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: tokenSelect,
  });
}

export async function revokeApiToken(options: { viewer: Viewer; tokenId: string }) {
  const { count } = await db.apiToken.updateMany({
    where: { id: options.tokenId, userId: options.viewer.userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw new ApiError("not_found", "API token not found");
  for (const [hash, entry] of cache) if (entry.tokenId === options.tokenId) cache.delete(hash);
}

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
      user: { select: { id: true, organizationId: true, role: true } },
    },
  });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt.getTime() <= now)) {
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

const tokenSelect = {
  id: true,
  name: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
  expiresAt: true,
} as const;
