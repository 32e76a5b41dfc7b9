import "server-only";
import { newApiToken } from "@/lib/auth/api-token";
import { forgetToken } from "@/lib/auth/token-viewer";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { ApiError } from "@/lib/http/api-error";

// A user's personal API tokens: created (the token is shown once), listed, revoked.

export async function createApiToken(options: { userId: string; name: string }) {
  const { token, tokenHash, prefix } = newApiToken();
  const record = await db.apiToken.create({
    data: { userId: options.userId, name: options.name, tokenHash, prefix },
    select: tokenSelect,
  });
  return { token, record };
}

export async function listApiTokens(options: { viewer: Viewer }) {
  return db.apiToken.findMany({
    where: { userId: options.viewer.userId, revokedAt: null },
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
  forgetToken(options.tokenId);
}

const tokenSelect = {
  id: true,
  name: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
  expiresAt: true,
} as const;
