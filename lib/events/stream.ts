import "server-only";
import type { NextRequest } from "next/server";
import { z } from "zod";
import { resolveViewer } from "@/lib/auth/resolve-viewer";
import type { Viewer } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { eventFrame, HEARTBEAT_MS, type LiveEvent } from "@/lib/events/events";
import { type AgentSubscriber, hubForStream } from "@/lib/events/hub";
import { resyncEvent } from "@/lib/events/notifications";
import { frameBytes, HEARTBEAT_FRAME, type SseStream, sseResponse } from "@/lib/events/sse";
import { inFlightLimit } from "@/lib/http/in-flight";

/** A client that cannot set Last-Event-ID names the last event it had here. */
export const eventsQuery = z.object({ lastEventId: z.string().max(64).optional() });

// GET /api/events: one viewer's live events as server-sent events (docs/api.md, "Live events").

// A heartbeat (HEARTBEAT_MS) keeps proxies from closing an idle stream, and tells the browser the
// connection is alive: it reconnects when two go unheard.
// Credentials are checked again this often (a session's expiry), besides at once when the
// database says this person's access changed (deactivated, signed out everywhere, token revoked).
const RECHECK_MS = 60_000;
// How soon a browser reconnects after the stream drops.
const RETRY_MS = 2_000;

const streamsPerViewer = inFlightLimit("event streams", () => env().EVENT_STREAMS_PER_USER);

export async function eventStream(request: NextRequest, viewer: Viewer, lastEventId?: string): Promise<Response> {
  const { hub, release } = await hubForStream(() => streamsPerViewer.acquire(viewer.userId));
  const recheck = async () => {
    const current = await resolveViewer(request).catch(() => undefined);
    if (current === undefined) return; // the database is unreachable: decide at the next check
    if (!current || current.userId !== subscriber.viewer.userId) return out.close();
    subscriber.viewer = current;
  };

  // One transaction can announce a conversation's change twice (its row changed, and an assignee
  // was taken off, each told by its own trigger): a stream sends the first it may see and skips the
  // repeat. Decided per stream from the events' ids, so it is the same on every server however the
  // notifications were batched.
  let transaction = "";
  const told = new Set<string>();
  // The stream, once open (the missed events are sent while it opens).
  let out: SseStream;
  const send = (event: LiveEvent) => {
    if (!event.id) return out.write(frameBytes(event)); // resync: not a change
    const eventTransaction = event.id.slice(0, event.id.lastIndexOf("-"));
    if (eventTransaction !== transaction) {
      transaction = eventTransaction;
      told.clear();
    }
    const change = `${event.kind} ${event.data.conversationId} ${event.data.messageId ?? ""}`;
    if (told.has(change)) return;
    told.add(change);
    out.write(frameBytes(event));
  };

  const subscriber: AgentSubscriber = {
    viewer,
    deliver: send,
    accessChanged: () => void recheck(),
    end: () => out.close(),
  };
  const { response } = sseResponse({
    request,
    heartbeat: { ms: HEARTBEAT_MS, frame: HEARTBEAT_FRAME },
    retryMs: RETRY_MS,
    open(stream) {
      out = stream;
      const { missed, latestId } = hub.subscribe(subscriber, lastEventId);
      // Where this stream starts: a reconnect before any other event still resumes from here.
      stream.write(eventFrame({ id: lastEventId ? "" : (latestId ?? ""), kind: "ready", data: {} }));
      if (missed === "resync") stream.write(eventFrame(resyncEvent("missed events are no longer kept", latestId)));
      else for (const event of missed) send(event);
    },
    onBeat: (beats) => {
      if (beats % (RECHECK_MS / HEARTBEAT_MS) === 0) void recheck();
    },
    onClose: () => {
      hub.unsubscribe(subscriber);
      release();
    },
  });
  return response;
}
