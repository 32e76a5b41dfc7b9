import { type Keyring, open, seal, sealedWithOldKey } from "@/lib/crypto/secret-box";

// A rule's webhook signing secret (lib/webhooks/signing.ts makes it), shown once when made, sealed at rest and bound to its rule (a sealed secret copied onto another
// rule's row does not open there). Shared by the app and `npm run secrets:rotate`.

type Sealed = { organizationId: string; id: string; webhookSecret: string };

const context = (organizationId: string, automationId: string) =>
  `automation-webhook:${organizationId}:${automationId}`;

export const sealWebhookSecret = (organizationId: string, automationId: string, secret: string, keys: Keyring) =>
  seal(secret, context(organizationId, automationId), keys);

export const openWebhookSecret = (row: Sealed, keys: Keyring) =>
  open(row.webhookSecret, context(row.organizationId, row.id), keys);

/** The secret sealed again with the current key, or null when it already is. */
export function resealedWebhookSecret(row: Sealed, keys: Keyring): string | null {
  if (!sealedWithOldKey(row.webhookSecret, keys)) return null;
  return sealWebhookSecret(row.organizationId, row.id, openWebhookSecret(row, keys), keys);
}
