import type { Queue } from "pg-boss";

// Work that leaves the process (an email today, a provider call later) goes through pg-boss, a job
// queue kept in PostgreSQL itself (schema "pgboss"): a job is enqueued in the same transaction as the
// change that calls for it, so either both happen or neither; every app server runs the workers
// (instrumentation.ts), and a job a crashed server was holding is retried by another after it expires.

/** Every queue and its retry policy; the migration step creates them (lib/db/migrate.ts). */
export const QUEUES = {
  // Account emails: invitations and password resets. Retried for about an hour with backoff; each
  // attempt commits its link before sending it (lib/accounts/emails.ts).
  email: { retryLimit: 8, retryDelay: 15, retryBackoff: true, retryDelayMax: 900, expireInSeconds: 120, notify: true },
  // A mention's email (lib/notes/mention-emails.ts), retried like account emails.
  "mention-email": {
    retryLimit: 8,
    retryDelay: 15,
    retryBackoff: true,
    retryDelayMax: 900,
    expireInSeconds: 120,
    notify: true,
  },
  // Replies to connected channels (lib/messages/outbox.ts): transient failures retried with backoff
  // for about ten minutes; a job a crashed server held comes back after a minute.
  outbound: {
    retryLimit: 10,
    retryDelay: 2,
    retryBackoff: true,
    retryDelayMax: 120,
    expireInSeconds: 60,
    // A new job wakes the workers at once (LISTEN/NOTIFY) instead of at their next poll.
    notify: true,
  },
  // Autopilot turns (lib/ai/autopilot.ts), one per conversation at a time: "stately" keeps at most
  // one waiting and one running per conversation (singletonKey), so several quick messages wait
  // for one answer. A model that fails is tried twice more, then the conversation goes to a person.
  autopilot: {
    policy: "stately",
    retryLimit: 2,
    retryDelay: 5,
    retryBackoff: true,
    expireInSeconds: 90,
    notify: true,
  },
  // Automations (lib/automations/): a time-based rule's moment, one waiting job per rule and
  // silence ("short": one queued per singletonKey, so each message of a silence adds none); a
  // crashed worker's job comes back after a minute, and the rule's run (unique per trigger)
  // makes a second try fire nothing twice.
  "automation-timer": {
    policy: "short",
    retryLimit: 5,
    retryDelay: 5,
    retryBackoff: true,
    expireInSeconds: 60,
    notify: true,
  },
  // A firing that asks the model first (extract fields): tried twice more, then run without it.
  "automation-model": { retryLimit: 2, retryDelay: 10, retryBackoff: true, expireInSeconds: 90, notify: true },
  // A rule's webhook call: retried with backoff for about a day (5 s, 10 s, 20 s, … up to 4 h apart).
  "automation-webhook": {
    retryLimit: 12,
    retryDelay: 5,
    retryBackoff: true,
    retryDelayMax: 4 * 3600,
    expireInSeconds: 60,
    notify: true,
  },
  // Snoozed conversations' wake-ups (lib/conversations/snooze.ts), due at their time; a crashed
  // worker's job comes back after a minute, and waking twice changes nothing the second time.
  "conversation-wake": { retryLimit: 5, retryDelay: 5, retryBackoff: true, expireInSeconds: 60 },
  // Integrators' webhooks (lib/webhooks/deliver.ts): one attempt per job; the ladder of retries is
  // the delivery's own (each failure queues the next attempt), so the queue retries only a job a
  // crashed server held.
  "webhook-delivery": { retryLimit: 3, retryDelay: 5, expireInSeconds: 30, notify: true },
} satisfies Record<string, Omit<Queue, "name">>;

export type QueueName = keyof typeof QUEUES;
