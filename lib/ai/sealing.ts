import { type Keyring, open, seal, sealedWithOldKey } from "@/lib/crypto/secret-box";

// How the model provider's API key is sealed: bound to its organization (a sealed key copied into
// another organization's row does not open there). Shared by the app and `npm run secrets:rotate`.

const context = (organizationId: string) => `model-provider:${organizationId}`;

export const sealApiKey = (organizationId: string, apiKey: string, keys: Keyring) =>
  seal(apiKey, context(organizationId), keys);

export const openApiKey = (row: { organizationId: string; sealedApiKey: string }, keys: Keyring) =>
  open(row.sealedApiKey, context(row.organizationId), keys);

/** The key sealed again with the current key, or null when it already is. */
export function resealedApiKey(row: { organizationId: string; sealedApiKey: string }, keys: Keyring): string | null {
  if (!sealedWithOldKey(row.sealedApiKey, keys)) return null;
  return sealApiKey(row.organizationId, openApiKey(row, keys), keys);
}
