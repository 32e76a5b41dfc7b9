import { canSeeWholeOrganization, type Viewer } from "@/lib/auth/viewer";

// The live events: what the database announces (prisma/migrations/…_events), what a stream sends,
// and who may receive each. Pure: the browser imports the kinds and the data shapes.

/** Every kind a stream may send. `ready` comes first, `resync` says events were missed: re-read what
 *  you show; `heartbeat` comes every HEARTBEAT_MS, so that a client can tell a silent connection
 *  from a quiet one. */
export const EVENT_KINDS = [
  "ready",
  "heartbeat",
  "conversation.created",
  "conversation.updated",
  "conversation.deleted",
  "message.created",
  "message.updated",
  /** a private note was deleted (no other message is deleted alone) */
  "message.deleted",
  "seen.updated",
  /** the person's own mentions changed: one made, read or deleted */
  "mentions.updated",
  "draft.updated",
  "presence",
  "resync",
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** What a client receives as an event's data. */
export type EventData = {
  conversationId?: string;
  messageId?: string;
  /** message events: whether the contact sent it, and its status */
  isIncoming?: boolean;
  status?: string;
  /** presence: who, whether they are typing or have left (it lapses after PRESENCE_TTL_MS without news) */
  userId?: string;
  name?: string;
  typing?: boolean;
  left?: boolean;
  joined?: boolean;
  /** resync: why */
  reason?: string;
};

/** How often a stream says it is alive (a comment would not do: a browser's EventSource hides them). */
export const HEARTBEAT_MS = 3_000;

/** A presence announcement holds this long unless repeated; clients repeat it at half of it. */
export const PRESENCE_TTL_MS = 30_000;

/** Who an event is for, besides its organization. */
export type Audience =
  /** one person only (their seen state) */
  | { only: string }
  /** whoever may read the conversation: its owner, assignees and participants (agents), the
   *  organization's admins and managers, and `also` (people just taken off it, or a deleted one's
   *  former holders) */
  | { owner: string | null; assignees: string[]; participants: string[]; also: string[] }
  /** not yet known (the server had no stream to resolve it for): whole-organization viewers only */
  | { unresolved: true; also: string[] };

/** One event as the server keeps it: the id every app server gives it, and who may receive it. */
export type LiveEvent = {
  id: string;
  kind: EventKind | "access";
  organizationId?: string;
  data: EventData;
  audience: Audience;
  /** message events: who sent it (CONTACT, USER, AI, SYSTEM) */
  sender?: string;
  /** message events of a private note, which no webchat visitor hears of */
  note?: true;
  /** a webchat conversation's visitor ("<connection id>:<address>"), once the hub resolved it */
  visitor?: string | null;
};

/** The one rule for whether a viewer receives an event: the same as reading the conversation. */
export function visibleTo(event: LiveEvent, viewer: Viewer): boolean {
  if (event.kind === "access") return false;
  const { audience } = event;
  if ("only" in audience) return audience.only === viewer.userId;
  if (event.organizationId !== viewer.organizationId) return false;
  if (audience.also.includes(viewer.userId) || canSeeWholeOrganization(viewer)) return true;
  if ("unresolved" in audience) return false;
  return (
    audience.owner === viewer.userId ||
    audience.assignees.includes(viewer.userId) ||
    audience.participants.includes(viewer.userId)
  );
}

/** One event as server-sent-events text. */
export function eventFrame(event: { id: string; kind: string; data: unknown }): string {
  // Without an id the browser keeps the last one it had (where a reconnect resumes).
  const id = event.id ? `id: ${event.id}\n` : "";
  return `${id}event: ${event.kind}\ndata: ${JSON.stringify(event.data)}\n\n`;
}
