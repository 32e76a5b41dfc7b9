import "server-only";
import pg from "pg";
import { forgetUserTokens } from "@/lib/auth/token-viewer";
import { canSeeWholeOrganization, type Viewer } from "@/lib/auth/viewer";
import { conversationHoldersSql } from "@/lib/conversations/access";
import { query } from "@/lib/db/sql";
import { databaseUrl } from "@/lib/env";
import { type LiveEvent, visibleTo } from "@/lib/events/events";
import { alsoOf, type Notification, resyncEvent, toEvent } from "@/lib/events/notifications";
import { ApiError } from "@/lib/http/api-error";
import { logger } from "@/lib/log";

// This process's end of the live events: one connection LISTENs on "inbox_events" (announced by
// the database's triggers, so every app server hears every committed change, in commit order) and
// hands each event to the streams of this process that may receive it. The last events are kept
// so that a stream reconnecting (to this server or another: all name events alike) is sent what it
// missed; older than that, it is told to re-read (`resync`).

const CHANNEL = "inbox_events";
const KEEP_EVENTS = 5_000;
const KEEP_MS = 10 * 60_000;
const RECONNECT_MAX_MS = 10_000;

/** A stream as the hub sees it: an agent's (`viewer`, which may be replaced when the person's
 *  access changes) or a webchat visitor's (`visitor`: "<connection id>:<address>", sent only what
 *  lib/events/visitor-events.ts lets through). */
type Stream = {
  deliver(event: LiveEvent): void;
  /** ends the stream (the server is shutting down: the client reconnects elsewhere and resumes) */
  end(): void;
};
export type AgentSubscriber = Stream & {
  viewer: Viewer;
  visitor?: undefined;
  /** what this person may do changed: check the stream's credentials again */
  accessChanged(): void;
};
export type VisitorSubscriber = Stream & { visitor: string };
export type Subscriber = AgentSubscriber | VisitorSubscriber;

class EventHub {
  private client?: pg.Client;
  private starting?: Promise<void>;
  private stopped = false;
  private closing = false;
  private reconnectDelayMs = 500;
  private readonly subscribers = new Set<AgentSubscriber>();
  // Visitors by their key: an event goes to the one visitor of its conversation, however many are
  // connected (thousands, on a busy website), without asking each.
  private readonly visitors = new Map<string, Set<VisitorSubscriber>>();
  private recent: { event: LiveEvent; at: number }[] = [];
  private lastTransaction = "";
  private ordinal = 0;
  private pending: LiveEvent[] = [];
  private flushing: Promise<void> = Promise.resolve();

  /** Listening, once; every stream waits for it, so that nothing committed after it is missed. */
  start(): Promise<void> {
    this.stopped = false;
    this.starting ??= this.connect().catch((error) => {
      this.starting = undefined;
      throw error;
    });
    return this.starting;
  }

  /** This server is shutting down: every stream ends (a browser reconnects, to another server
   *  behind the load balancer, and resumes where it was) and no new one starts, so that the requests
   *  in flight can finish and the process exit. */
  shutdown() {
    this.closing = true;
    for (const subscriber of [...this.subscribers, ...[...this.visitors.values()].flatMap((set) => [...set])])
      subscriber.end();
    return this.stop();
  }

  /** No longer taking streams (shutting down). */
  get closed() {
    return this.closing;
  }

  async stop() {
    this.stopped = true;
    this.starting = undefined;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => {});
  }

  /**
   * Adds a stream. With the id of the last event it had, answers what it missed since, or "resync"
   * when that is no longer known here (too old, or this server was not listening then).
   */
  subscribe(subscriber: Subscriber, lastEventId?: string): { missed: LiveEvent[] | "resync"; latestId?: string } {
    const latestId = this.recent.at(-1)?.event.id;
    if (subscriber.visitor !== undefined) {
      // A visitor's widget re-reads what is new when it (re)connects: nothing is kept for it here.
      const set = this.visitors.get(subscriber.visitor) ?? new Set();
      this.visitors.set(subscriber.visitor, set.add(subscriber));
      return { missed: [], latestId };
    }
    this.subscribers.add(subscriber);
    if (!lastEventId || lastEventId === latestId) return { missed: [], latestId };
    const from = this.recent.findIndex(({ event }) => event.id === lastEventId);
    if (from < 0) return { missed: "resync", latestId };
    const missed = this.recent.slice(from + 1).map(({ event }) => event);
    // Who could read a conversation was not found out (it was deleted before the lookup, or the
    // lookup failed): an agent cannot be told exactly what they missed, only to re-read.
    const viewer = subscriber.viewer;
    const unknown = (event: LiveEvent) =>
      "unresolved" in event.audience && event.organizationId === viewer.organizationId;
    if (!canSeeWholeOrganization(viewer) && missed.some(unknown)) return { missed: "resync", latestId };
    return { missed: missed.filter((event) => visibleTo(event, viewer)), latestId };
  }

  unsubscribe(subscriber: Subscriber) {
    if (subscriber.visitor === undefined) return void this.subscribers.delete(subscriber);
    const set = this.visitors.get(subscriber.visitor);
    set?.delete(subscriber);
    if (set?.size === 0) this.visitors.delete(subscriber.visitor);
  }

  private async connect() {
    // Named with its process, so that an operator (and a test) can tell each server's listener apart.
    const client = new pg.Client({
      connectionString: databaseUrl(),
      application_name: `inbox live events ${process.pid}`,
    });
    client.on("notification", (message) => this.receive(message.payload));
    client.on("error", (error) => this.lost(client, error));
    client.on("end", () => this.lost(client));
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.client = client;
    this.reconnectDelayMs = 500;
  }

  /** The connection dropped: what was committed meanwhile is unknown, so every stream re-reads once
   *  listening again. Streams stay open; they only miss nothing if we resync after LISTEN. */
  private lost(client: pg.Client, error?: Error) {
    if (this.client !== client || this.stopped) return;
    this.client = undefined;
    client.end().catch(() => {});
    logger().warn({ err: error }, "live events: listening connection lost, reconnecting");
    const retry = async () => {
      if (this.stopped) return;
      try {
        await this.connect();
        this.recent = [];
        const resync = resyncEvent("connection to the database restored");
        for (const subscriber of this.subscribers) subscriber.deliver(resync);
        for (const set of this.visitors.values()) for (const subscriber of set) subscriber.deliver(resync);
      } catch {
        this.reconnectDelayMs = Math.min(this.reconnectDelayMs * 2, RECONNECT_MAX_MS);
        setTimeout(retry, this.reconnectDelayMs).unref();
      }
    };
    setTimeout(retry, this.reconnectDelayMs).unref();
  }

  private receive(payload: string | undefined) {
    let note: Notification;
    try {
      note = JSON.parse(payload ?? "");
    } catch {
      return;
    }
    // Notifications arrive in commit order, a transaction's together: its id and the event's place
    // in it name the event the same way on every server.
    this.ordinal = note.x === this.lastTransaction ? this.ordinal + 1 : 0;
    this.lastTransaction = note.x;
    this.pending.push(toEvent(note, `${note.x}-${this.ordinal}`));
    if (this.pending.length === 1) {
      this.flushing = this.flushing
        .then(() => this.flush())
        .catch((error) => logger().error({ err: error }, "live events: delivery failed"));
    }
  }

  /** Resolves who holds the conversations of the events received so far (one statement), then
   *  keeps and delivers them in order. Resolved even with no stream open here: a stream that
   *  reconnects later is sent these from what is kept. */
  private async flush() {
    const batch = this.pending;
    this.pending = [];
    // Who holds each conversation: for agents when the trigger could not say, and for its webchat
    // visitor when this server has any connected (a server with none skips the lookup).
    const anyVisitor = this.visitors.size > 0;
    const toResolve = batch.filter(
      (event) =>
        event.data.conversationId && event.kind !== "draft.updated" && ("unresolved" in event.audience || anyVisitor),
    );
    if (toResolve.length > 0) {
      const ids = [...new Set(toResolve.map((event) => event.data.conversationId as string))];
      const holders = await query<{
        id: string;
        owner: string | null;
        assignees: string[];
        participants: string[];
        visitor: string | null;
      }>(conversationHoldersSql(ids)).catch((error) => {
        logger().error({ err: error }, "live events: could not resolve an event's audience");
        return [];
      });
      const byId = new Map(holders.map((row) => [row.id, row]));
      for (const event of toResolve) {
        const held = byId.get(event.data.conversationId as string);
        if (!held) continue;
        event.visitor = held.visitor;
        if ("unresolved" in event.audience) {
          const { owner, assignees, participants } = held;
          event.audience = { owner, assignees, participants, also: alsoOf(event.audience) };
        }
      }
    }
    const now = Date.now();
    for (const event of batch) {
      if (event.kind === "access") {
        this.accessChanged(event.data.userId as string);
        continue;
      }
      if (event.kind !== "presence") this.recent.push({ event, at: now });
      for (const subscriber of this.subscribers) {
        if (visibleTo(event, subscriber.viewer)) subscriber.deliver(event);
      }
      const visitors = event.visitor ? this.visitors.get(event.visitor) : undefined;
      if (visitors) for (const subscriber of visitors) subscriber.deliver(event);
    }
    const tooOld = this.recent.findIndex(({ at }) => now - at < KEEP_MS);
    const drop = Math.max(tooOld < 0 ? this.recent.length : tooOld, this.recent.length - KEEP_EVENTS);
    if (drop > 0) this.recent = this.recent.slice(drop);
  }

  private accessChanged(userId: string) {
    forgetUserTokens(userId);
    for (const subscriber of this.subscribers) if (subscriber.viewer.userId === userId) subscriber.accessChanged();
  }
}

const globalForHub = globalThis as unknown as { eventHub?: EventHub };

/** Next.js finishes the requests in flight on SIGTERM/SIGINT before exiting; a live event stream
 *  never finishes by itself, so it is ended (its browser reconnects and resumes, elsewhere). */
export function endStreamsOnShutdown() {
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void eventHub().shutdown());
}

/** This process's hub (kept across hot reloads in development). */
export function eventHub(): EventHub {
  globalForHub.eventHub ??= new EventHub();
  return globalForHub.eventHub;
}

/**
 * The running hub, for a stream about to open: 503 while the server shuts down. `acquire` takes
 * the stream's place under its per-person limit; the place is given back if the hub cannot start.
 */
export async function hubForStream(acquire: () => () => void): Promise<{ hub: EventHub; release: () => void }> {
  const hub = eventHub();
  if (hub.closed)
    throw new ApiError("service_unavailable", "This server is shutting down; connect again", undefined, 1);
  const release = acquire();
  try {
    await hub.start();
  } catch (error) {
    release();
    throw error;
  }
  return { hub, release };
}
