import { type Keyring, open, seal, sealedWithOldKey } from "@/lib/crypto/secret-box";

// How a connection's secrets are sealed: one JSON object, bound to the connection's id (a sealed
// value copied into another row does not open there). Shared by the app and `npm run secrets:rotate`.

const context = (id: string) => `channel-connection:${id}`;

export const sealSecrets = (id: string, secrets: object, keys: Keyring) =>
  seal(JSON.stringify(secrets), context(id), keys);

export const openSecretsWith = <S>(row: { id: string; sealedSecrets: string }, keys: Keyring) =>
  JSON.parse(open(row.sealedSecrets, context(row.id), keys)) as S;

/** The row's secrets sealed again with the current key, or null when they already are. */
export function resealed(row: { id: string; sealedSecrets: string }, keys: Keyring): string | null {
  if (!sealedWithOldKey(row.sealedSecrets, keys)) return null;
  return sealSecrets(row.id, openSecretsWith<object>(row, keys), keys);
}
