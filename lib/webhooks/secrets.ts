import { type Keyring, open, seal, sealedWithOldKey } from "@/lib/crypto/secret-box";

// An endpoint's signing secrets, sealed and bound to their endpoint (a sealed secret copied onto
// another endpoint's row does not open there). Shared by the app, `npm run secrets:rotate` and the
// bench.

type Endpoint = { id: string; organizationId: string };

const context = (endpoint: Endpoint) => `webhook-endpoint:${endpoint.organizationId}:${endpoint.id}`;

export const sealEndpointSecret = (endpoint: Endpoint, secret: string, keys: Keyring) =>
  seal(secret, context(endpoint), keys);

export const openEndpointSecret = (endpoint: Endpoint, sealed: string, keys: Keyring) =>
  open(sealed, context(endpoint), keys);

/** The endpoint's sealed secrets again with the current key, or null when they already are. */
export function resealedEndpointSecrets(
  endpoint: Endpoint & { secret: string; previousSecret: string | null },
  keys: Keyring,
): { secret: string; previousSecret: string | null } | null {
  const old = [endpoint.secret, endpoint.previousSecret].some((s) => s !== null && sealedWithOldKey(s, keys));
  if (!old) return null;
  const again = (sealed: string) => sealEndpointSecret(endpoint, openEndpointSecret(endpoint, sealed, keys), keys);
  return {
    secret: again(endpoint.secret),
    previousSecret: endpoint.previousSecret ? again(endpoint.previousSecret) : null,
  };
}
