import type { Audience, EventData, EventKind, LiveEvent } from "@/lib/events/events";

// What the database's triggers (and presence) announce on "inbox_events", turned into the events
// streams send. The keys are short (NOTIFY's payload is at most 8000 bytes); the events migration's
// header says what each means.

/** A notification's payload, as the triggers (and presence) write it. */
export type Notification = {
  k: EventKind | "access";
  x: string;
  o?: string;
  c?: string;
  m?: string;
  i?: boolean;
  s?: string;
  u?: string;
  a?: string[];
  p?: string;
  n?: string;
  t?: boolean;
  l?: boolean;
  j?: boolean;
  /** a message's sender type */
  y?: string;
  /** a message event of a private note */
  v?: boolean;
};

export const alsoOf = (audience: Audience) => ("also" in audience ? audience.also : []);

export function toEvent(note: Notification, id: string): LiveEvent {
  const data: EventData = { conversationId: note.c };
  if (note.k.startsWith("message.")) Object.assign(data, { messageId: note.m, isIncoming: note.i, status: note.s });
  if (note.k === "presence")
    Object.assign(data, {
      userId: note.p,
      name: note.n,
      typing: note.t ?? false,
      left: note.l ?? false,
      joined: note.j ?? false,
    });
  if (note.k === "access") data.userId = note.u;
  const audience: Audience =
    (note.k === "seen.updated" || note.k === "draft.updated" || note.k === "mentions.updated") && note.u
      ? { only: note.u }
      : note.k === "conversation.deleted"
        ? { owner: null, assignees: [], participants: [], also: note.a ?? [] }
        : { unresolved: true, also: note.a ?? [] };
  return {
    id,
    kind: note.k,
    organizationId: note.o,
    data,
    audience,
    ...(note.y ? { sender: note.y } : {}),
    ...(note.v ? { note: true as const } : {}),
  };
}

/** Tells a stream to re-read: `id` is the newest event known, from which a later reconnect resumes. */
export const resyncEvent = (reason: string, id = ""): LiveEvent => ({
  id,
  kind: "resync",
  data: { reason },
  audience: { only: "" },
});
