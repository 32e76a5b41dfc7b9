// The event types an integrator's endpoint may subscribe to, and which recorded changes
// (ChangeEvent kinds, prisma/migrations/…_automations and …_outbound_webhooks) each stands for.
// Pure: the settings page lists them.

export const webhookEventTypes = {
  "conversation.created": "A conversation is created",
  "conversation.updated": "A conversation changes: assigned, unassigned, reopened, autopilot",
  "conversation.resolved": "A conversation is resolved",
  "conversation.deleted": "A conversation is deleted",
  "message.created": "A message is received or sent (system stamps too)",
  "message.updated": "A message's delivery status changes",
  "contact.created": "A contact is created",
  "contact.updated": "A contact changes",
  "automation.fired": "An automation rule fires",
} as const;
export type WebhookEventType = keyof typeof webhookEventTypes;
export const webhookEventNames = Object.keys(webhookEventTypes) as WebhookEventType[];

/** The type a recorded change is sent as; none for what integrators are not told. */
export const typeOfChange: Record<string, WebhookEventType> = {
  "message.received": "message.created",
  "message.sent": "message.created",
  "message.system": "message.created",
  "message.updated": "message.updated",
  "conversation.created": "conversation.created",
  "conversation.assigned": "conversation.updated",
  "conversation.unassigned": "conversation.updated",
  "conversation.reopened": "conversation.updated",
  "conversation.updated": "conversation.updated",
  "conversation.labeled": "conversation.updated",
  "conversation.resolved": "conversation.resolved",
  "conversation.deleted": "conversation.deleted",
  "contact.created": "contact.created",
  "contact.updated": "contact.updated",
  "automation.fired": "automation.fired",
};

/** The retry ladder after a failed attempt: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h; then it fails. */
export const RETRY_DELAYS_SECONDS = [5, 300, 1800, 7200, 18_000, 36_000, 36_000];

/** An endpoint failing this long without one success is turned off. */
export const DISABLE_AFTER_MS = 5 * 86_400_000;

/** How long the secret before a rotation still signs. */
export const PREVIOUS_SECRET_MS = 86_400_000;
