import { randomBytes } from "node:crypto";
import { Webhook } from "standardwebhooks";

// Standard Webhooks (https://www.standardwebhooks.com/): a secret is whsec_ and random bytes in
// base64; a call carries webhook-id, webhook-timestamp and webhook-signature, HMAC-SHA256 over
// "id.timestamp.body". Several secrets sign at once while an old one is still honoured (the
// standard lets a signature header hold several, space-separated). Shared by integrators'
// endpoints and automations' webhook actions.

export const newWebhookSecret = () => `whsec_${randomBytes(24).toString("base64")}`;

export function signedHeaders(secrets: string[], id: string, at: Date, body: string): Record<string, string> {
  return {
    "content-type": "application/json",
    "user-agent": "inbox-webhooks/1",
    "webhook-id": id,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": secrets.map((secret) => new Webhook(secret).sign(id, at, body)).join(" "),
  };
}
