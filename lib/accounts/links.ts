import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

// The secret in an invitation or password-reset link: 256 random bits, sent once and stored only as
// its sha256 (a database dump holds no usable link).

export type LinkKind = "invite" | "reset-password";

export function newLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashLinkToken(token) };
}

export const hashLinkToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A link token's shape, checked before any query. */
export const isLinkToken = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);

/**
 * The page a link opens. `origin` is the app's public URL: NEXTAUTH_URL for emails (required with
 * SMTP_URL), or the origin an admin's request came to for a link shown to them.
 */
export function linkUrl(kind: LinkKind, token: string, origin = env().NEXTAUTH_URL): string {
  if (!origin) throw new Error("NEXTAUTH_URL is not set");
  return new URL(`/${kind}/${token}`, origin).toString();
}
