import "server-only";
import { configuredKeyring, type Keyring } from "@/lib/crypto/secret-box";
import { env } from "@/lib/env";
import { ApiError } from "@/lib/http/api-error";

let cached: Keyring | null = null;

/**
 * The configured keys that seal stored secrets (a channel's, the model provider's API key), derived
 * once per process: every webhook request opens a connection's secrets. A 503 naming what could
 * not be stored when ENCRYPTION_KEY is not set.
 */
export function serverKeys(what: string): Keyring {
  cached ??= configuredKeyring(env());
  if (!cached) {
    throw new ApiError(
      "service_unavailable",
      `ENCRYPTION_KEY is not set on the server: set it (32+ random characters) to store ${what}`,
    );
  }
  return cached;
}
