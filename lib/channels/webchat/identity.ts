import "server-only";
import { hkdfSync, randomBytes } from "node:crypto";
import { errors, jwtVerify, SignJWT } from "jose";
import { env } from "@/lib/env";

// Who a webchat visitor is. Anonymous: a random address we sign (a visitor token, kept in the
// widget's own storage, which the browser partitions per host site). Identified: the website signs
// a JWT for its signed-in user with the connection's identity secret (HS256: `sub`, optional
// `email` and `name`, and `exp`), and the same person gets the same conversation on any device.

// An anonymous visitor keeps their conversation as long as their browser keeps the token; an
// identified one's session lasts a day, then the website's current identity token starts another.
const ANONYMOUS_DAYS = 180;
const IDENTIFIED_HOURS = 24;
let visitorKey: Uint8Array | undefined;

/** Our key for visitor tokens, derived from NEXTAUTH_SECRET (never the secret itself). */
function key(): Uint8Array {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set: webchat visitor tokens cannot be signed");
  visitorKey ??= new Uint8Array(hkdfSync("sha256", secret, "inbox", "webchat visitor tokens", 32));
  return visitorKey;
}

/** A new anonymous visitor's address on a connection. */
export const newVisitorAddress = () => `anon:${randomBytes(16).toString("base64url")}`;

/** An identified visitor's address: the website's own id for them. */
export const identifiedAddress = (sub: string) => `user:${sub}`;

/** A visitor as a token says: their address on the connection, and what the website vouched for. */
export type VisitorClaims = { address: string; name?: string; email?: string };

/** The token a visitor's widget keeps and sends: who they are on this connection, signed by us. */
export function signVisitorToken(connectionId: string, visitor: VisitorClaims): Promise<string> {
  const identified = visitor.address.startsWith("user:");
  return new SignJWT({ c: connectionId, a: visitor.address, n: visitor.name, e: visitor.email })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuedAt()
    .setExpirationTime(identified ? `${IDENTIFIED_HOURS}h` : `${ANONYMOUS_DAYS}d`)
    .sign(key());
}

/** The visitor if `token` is ours, current, and for this connection; else null. */
export async function visitorOfToken(token: string | null, connectionId: string): Promise<VisitorClaims | null> {
  if (!token || token.length > 2000) return null;
  try {
    const { payload } = await jwtVerify(token, key(), { algorithms: ["HS256"] });
    if (payload.c !== connectionId || typeof payload.a !== "string") return null;
    const text = (value: unknown) => (typeof value === "string" ? value : undefined);
    return { address: payload.a, name: text(payload.n), email: text(payload.e) };
  } catch {
    return null;
  }
}

export type Identity = { sub: string; email?: string; name?: string };

/**
 * The person a website's identity JWT names, or why it is refused (said to the website's developer,
 * in the widget's console): forged, expired, without `exp` or `sub`, or not HS256.
 */
export async function verifyIdentity(token: string, identitySecret: string): Promise<Identity | { refused: string }> {
  if (token.length > 4000) return { refused: "The identity token is too long" };
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(identitySecret), {
      algorithms: ["HS256"],
      requiredClaims: ["sub", "exp"],
      clockTolerance: 30,
    });
    const sub = String(payload.sub);
    if (!/^[\x21-\x7e]{1,200}$/.test(sub))
      return { refused: "The identity token's sub must be 1 to 200 visible characters" };
    const email =
      typeof payload.email === "string" && /^[^\s@]{1,100}@[^\s@]{1,200}$/.test(payload.email)
        ? payload.email
        : undefined;
    const name =
      typeof payload.name === "string" ? payload.name.slice(0, 200).replace(/\p{Cc}/gu, "") || undefined : undefined;
    return { sub, email, name };
  } catch (error) {
    if (error instanceof errors.JWTExpired) return { refused: "The identity token has expired: sign a new one" };
    if (error instanceof errors.JWSSignatureVerificationFailed) {
      return { refused: "The identity token's signature does not match this widget's identity secret" };
    }
    if (error instanceof errors.JWTClaimValidationFailed)
      return { refused: `The identity token is not valid: ${error.message}` };
    return { refused: "The identity token is not a JWT signed with HS256" };
  }
}
