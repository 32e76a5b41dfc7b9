import "server-only";
import { randomBytes } from "node:crypto";
import { open, seal } from "@/lib/crypto/secret-box";
import { serverKeys } from "@/lib/crypto/server-keys";

// A rule's webhook signing secret: Standard Webhooks' form (whsec_ and 24 random bytes in base64),
// shown once when made, sealed at rest and bound to its rule (a sealed secret copied onto another
// rule's row does not open there).

const context = (organizationId: string, automationId: string) =>
  `automation-webhook:${organizationId}:${automationId}`;

export const newWebhookSecret = () => `whsec_${randomBytes(24).toString("base64")}`;

export const sealWebhookSecret = (organizationId: string, automationId: string, secret: string) =>
  seal(secret, context(organizationId, automationId), serverKeys("a webhook's signing secret"));

export const openWebhookSecret = (organizationId: string, automationId: string, sealed: string) =>
  open(sealed, context(organizationId, automationId), serverKeys("a webhook's signing secret"));
