import { createHash, randomBytes } from "node:crypto";

// Personal API tokens: "tk_" + 32 random bytes. Only the sha256 is stored; a database leak does not
// leak usable tokens, and a fast hash suffices because the token has 256 bits of entropy.
export const TOKEN_PREFIX = "tk_";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A new token, with what is stored of it: its hash and a short prefix to tell tokens apart. */
export function newApiToken() {
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token), prefix: token.slice(0, 10) };
}
