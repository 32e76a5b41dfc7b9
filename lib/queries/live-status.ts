"use client";
import { useSyncExternalStore } from "react";

// What the live events (lib/queries/live-events.ts) tell the rest of the page: whether they are
// arriving (else reads poll), who else is in a thread, and a contact's new messages.

/** connecting: not yet open; live: events arrive; reconnecting: the browser is retrying;
 *  offline: the server refused the stream (the inbox polls, and tries again later) */
export type LiveStatus = "connecting" | "live" | "reconnecting" | "offline";

/** How soon the inbox's reads are repeated while events cannot be had. */
export const POLL_INTERVAL_MS = 4000;

/** `greetings` counts the times this person joined the thread: each is answered once. */
export type Presence = { userId: string; name: string; typing: boolean; until: number; greetings: number };
export type IncomingMessage = { conversationId: string; messageId: string };

export const state = {
  status: "connecting" as LiveStatus,
  presence: new Map<string, Map<string, Presence>>(),
  listeners: new Set<() => void>(),
  messageListeners: new Set<(message: IncomingMessage) => void>(),
};

function emit() {
  for (const listener of state.listeners) listener();
}

function subscribe(listener: () => void) {
  state.listeners.add(listener);
  return () => state.listeners.delete(listener);
}

export function setStatus(status: LiveStatus) {
  if (state.status === status) return;
  state.status = status;
  emit();
}

/** The stream's state, for the "Reconnecting…" sign and the reads' polling fallback. */
export function useLiveStatus(): LiveStatus {
  return useSyncExternalStore(
    subscribe,
    () => state.status,
    () => "connecting" as const,
  );
}

/** Whether a write's own events will confirm it (re-reading what it changed), so that settling it
 *  needs no refetch: it succeeded and the stream is up. */
export function eventsWillConfirm(error: unknown): boolean {
  return !error && state.status === "live";
}

/** How often a read should poll: never while events arrive. */
export function usePollInterval(): number | false {
  return useLiveStatus() === "live" ? false : POLL_INTERVAL_MS;
}

const noPresence: Presence[] = [];
const presenceSnapshots = new Map<string, Presence[]>();

/** Who else is in a thread (and typing), as their own tabs announce it; each entry lapses by itself. */
export function usePresence(conversationId: string | null): Presence[] {
  return useSyncExternalStore(
    subscribe,
    () => (conversationId ? (presenceSnapshots.get(conversationId) ?? noPresence) : noPresence),
    () => noPresence,
  );
}

export function setPresence(conversationId: string, entry: Presence | null, userId: string) {
  const people = state.presence.get(conversationId) ?? new Map<string, Presence>();
  if (entry) people.set(userId, entry);
  else people.delete(userId);
  state.presence.set(conversationId, people);
  presenceSnapshots.set(
    conversationId,
    [...people.values()].sort((a, b) => a.name.localeCompare(b.name)),
  );
  emit();
}

/** Drops what has lapsed (run every few seconds while the stream is open). */
export function prunePresence(now = Date.now()) {
  for (const [conversationId, people] of state.presence) {
    for (const [userId, entry] of people) if (entry.until <= now) setPresence(conversationId, null, userId);
  }
}

/** Called for every message a contact sends that this person may see (notifications). */
export function onIncomingMessage(listener: (message: IncomingMessage) => void): () => void {
  state.messageListeners.add(listener);
  return () => state.messageListeners.delete(listener);
}
