import "server-only";
import type { NextRequest } from "next/server";
import { resolveViewer } from "@/lib/auth/resolve-viewer";
import type { Viewer } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { eventFrame, HEARTBEAT_MS, type LiveEvent } from "@/lib/events/events";
import { eventHub, type Subscriber } from "@/lib/events/hub";
import { resyncEvent } from "@/lib/events/notifications";
import { ApiError } from "@/lib/http/api-error";
import { inFlightLimit } from "@/lib/http/in-flight";

// GET /api/events: one viewer's live events as server-sent events (docs/api.md, "Live events").

// A heartbeat (HEARTBEAT_MS) keeps proxies from closing an idle stream, and tells the browser the
// connection is alive: it reconnects when two go unheard.
const HEARTBEAT = eventFrame({ id: "", kind: "heartbeat", data: {} });
// Credentials are checked again this often (a session's expiry), besides at once when the
// database says this person's access changed (deactivated, signed out everywhere, token revoked).
const RECHECK_MS = 60_000;
// A client that stops reading is cut off past this much unread, rather than held in memory; it
// reconnects and catches up.
const MAX_UNREAD_BYTES = 1024 * 1024;
// How soon a browser reconnects after the stream drops.
const RETRY_MS = 2_000;

const streamsPerViewer = inFlightLimit("event streams", () => env().EVENT_STREAMS_PER_USER);

const encoder = new TextEncoder();
// An event reaches every stream that may see it: its bytes are made once, not once per stream.
const frames = new WeakMap<LiveEvent, Uint8Array>();
function frameBytes(event: LiveEvent): Uint8Array {
  const kept = frames.get(event);
  if (kept) return kept;
  const bytes = encoder.encode(eventFrame(event));
  frames.set(event, bytes);
  return bytes;
}

export async function eventStream(request: NextRequest, viewer: Viewer, lastEventId?: string): Promise<Response> {
  const hub = eventHub();
  if (hub.closed)
    throw new ApiError("service_unavailable", "This server is shutting down; connect again", undefined, 1);
  const release = streamsPerViewer.acquire(viewer.userId);
  try {
    await hub.start();
  } catch (error) {
    release();
    throw error;
  }
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let closed = false;

  const write = (chunk: string | Uint8Array) => {
    if (closed) return;
    const bytes = typeof chunk === "string" ? encoder.encode(chunk) : chunk;
    // What the client has not read yet: the queue's size is the high-water mark less what is left.
    const unread = MAX_UNREAD_BYTES - (controller.desiredSize ?? 0);
    if (unread + bytes.byteLength > MAX_UNREAD_BYTES) return close();
    controller.enqueue(bytes);
  };
  const close = () => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    hub.unsubscribe(subscriber);
    release();
    try {
      controller.close();
    } catch {
      // already cancelled by the client
    }
  };
  const recheck = async () => {
    const current = await resolveViewer(request).catch(() => undefined);
    if (current === undefined) return; // the database is unreachable: decide at the next check
    if (!current || current.userId !== subscriber.viewer.userId) return close();
    subscriber.viewer = current;
  };

  // One transaction can announce a conversation's change twice (its row changed, and an assignee
  // was taken off, each told by its own trigger): a stream sends the first it may see and skips the
  // repeat. Decided per stream from the events' ids, so it is the same on every server however the
  // notifications were batched.
  let transaction = "";
  const told = new Set<string>();
  const send = (event: LiveEvent) => {
    if (!event.id) return write(frameBytes(event)); // resync: not a change
    const eventTransaction = event.id.slice(0, event.id.lastIndexOf("-"));
    if (eventTransaction !== transaction) {
      transaction = eventTransaction;
      told.clear();
    }
    const change = `${event.kind} ${event.data.conversationId} ${event.data.messageId ?? ""}`;
    if (told.has(change)) return;
    told.add(change);
    write(frameBytes(event));
  };

  const subscriber: Subscriber = {
    viewer,
    deliver: send,
    accessChanged: () => void recheck(),
    end: () => close(),
  };
  let beats = 0;
  const heartbeat = setInterval(() => {
    write(HEARTBEAT);
    beats += 1;
    if (beats % (RECHECK_MS / HEARTBEAT_MS) === 0) void recheck();
  }, HEARTBEAT_MS);
  heartbeat.unref?.();

  const body = new ReadableStream<Uint8Array>(
    {
      start(streamController) {
        controller = streamController;
        write(`retry: ${RETRY_MS}\n: connected\n\n`);
        const { missed, latestId } = hub.subscribe(subscriber, lastEventId);
        // Where this stream starts: a reconnect before any other event still resumes from here.
        write(eventFrame({ id: lastEventId ? "" : (latestId ?? ""), kind: "ready", data: {} }));
        if (missed === "resync") write(eventFrame(resyncEvent("missed events are no longer kept", latestId)));
        else for (const event of missed) send(event);
      },
      cancel: close,
    },
    { highWaterMark: MAX_UNREAD_BYTES, size: (chunk) => chunk.byteLength },
  );
  if (request.signal.aborted) close();
  else request.signal.addEventListener("abort", close, { once: true });

  return new Response(body, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      // Proxies (nginx) must pass each event on as it comes.
      "x-accel-buffering": "no",
    },
  });
}
