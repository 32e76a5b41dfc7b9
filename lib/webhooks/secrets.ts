import { type Keyring, open, seal, sealedWithOldKey } from "@/lib/crypto/secret-box";

// Webhook signing secrets (an integrator's endpoint's, an automation's webhook action's), sealed
// and bound to what owns them (a sealed secret copied onto another row does not open there).
// Shared by the app, `npm run secrets:rotate` and the bench.

/** Whose secret: an endpoint, or an automation rule. */
export type SecretOwner = { kind: "webhook-endpoint" | "automation-webhook"; organizationId: string; id: string };

const context = (owner: SecretOwner) => `${owner.kind}:${owner.organizationId}:${owner.id}`;

export const sealWebhookSecret = (owner: SecretOwner, secret: string, keys: Keyring) =>
  seal(secret, context(owner), keys);

export const openWebhookSecret = (owner: SecretOwner, sealed: string, keys: Keyring) =>
  open(sealed, context(owner), keys);

/** The sealed secret again with the current key, or null when it already is. */
export function resealedWebhookSecret(owner: SecretOwner, sealed: string, keys: Keyring): string | null {
  if (!sealedWithOldKey(sealed, keys)) return null;
  return sealWebhookSecret(owner, openWebhookSecret(owner, sealed, keys), keys);
}
