import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";

// Secrets we must be able to read back (a provider's auth token, an app secret), encrypted at rest
// with AES-256-GCM under a key from configuration (ENCRYPTION_KEY): a database dump alone reveals
// none of them. Each value carries the id of the key that sealed it, so keys can be rotated: the
// old key moves to ENCRYPTION_KEY_PREVIOUS (still opens), `npm run secrets:rotate` re-seals every
// value with the new one, then the old key can go. `context` binds a value to where it is stored
// (a row's id): a sealed value copied into another row does not open there.

const VERSION = "v1";

type Key = { id: string; key: Buffer };

/** A 256-bit key from configured text (any high-entropy string of 32+ characters). */
export function deriveKey(secret: string): Key {
  const key = Buffer.from(hkdfSync("sha256", secret, "inbox-secret-box", "aes-256-gcm", 32));
  const id = createHash("sha256").update(key).digest("base64url").slice(0, 8);
  return { id, key };
}

export type Keyring = { current: Key; previous: Key[] };

export function keyring(current: string, previous: string[] = []): Keyring {
  return { current: deriveKey(current), previous: previous.map(deriveKey) };
}

/** The keys ENCRYPTION_KEY (and ENCRYPTION_KEY_PREVIOUS) configure, or null when none is set. */
export function configuredKeyring(config: {
  ENCRYPTION_KEY?: string;
  ENCRYPTION_KEY_PREVIOUS: string[];
}): Keyring | null {
  return config.ENCRYPTION_KEY ? keyring(config.ENCRYPTION_KEY, config.ENCRYPTION_KEY_PREVIOUS) : null;
}

export function seal(plaintext: string, context: string, keys: Keyring): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keys.current.key, iv);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), body].map((b) => b.toString("base64url"));
  return [VERSION, keys.current.id, ...parts].join(":");
}

export class SecretUnreadable extends Error {}

export function open(sealed: string, context: string, keys: Keyring): string {
  const [version, keyId, iv, tag, body] = sealed.split(":");
  if (version !== VERSION || !keyId || !iv || !tag || body === undefined)
    throw new SecretUnreadable("not a sealed value");
  const key = [keys.current, ...keys.previous].find((k) => k.id === keyId);
  if (!key) throw new SecretUnreadable(`sealed with a key that is not configured (id ${keyId})`);
  try {
    const decipher = createDecipheriv("aes-256-gcm", key.key, Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new SecretUnreadable("altered, or sealed for another place");
  }
}

/** Whether a sealed value needs re-sealing with the current key. */
export const sealedWithOldKey = (sealed: string, keys: Keyring) => sealed.split(":")[1] !== keys.current.id;
