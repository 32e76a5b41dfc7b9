import "server-only";
import type { LiveEvent } from "@/lib/events/events";
import { hubForStream, type VisitorSubscriber } from "@/lib/events/hub";
import { frameBytes, HEARTBEAT_FRAME, type SseStream, sseResponse } from "@/lib/events/sse";
import { inFlightLimit } from "@/lib/http/in-flight";
import { forVisitor } from "./visitor-events";
import type { Visitor } from "./visitors";

// A visitor's live events: the same hub as the agents' (lib/events/hub.ts), with the visitor as a
// second kind of audience. The hub hands a visitor's stream the events of their conversation;
// ./visitor-events.ts lets through only what a visitor may hear, with nothing internal in it:
//   message  a reply reached them, or they wrote from another tab: read what is new
//   typing   an agent is typing (their name only), or stopped
//   seen     an agent read the conversation: their messages show as seen
// plus ready, heartbeat and resync (re-read everything). The widget reads messages through the
// visitor endpoints, in the visitor's JSON shape, never from an event.

// Heartbeats: a widget reconnects after two go unheard. Rarer than an agent's: a website may hold
// thousands of visitors open.
const VISITOR_HEARTBEAT_MS = 20_000;
const READY = frameBytes({ id: "", kind: "ready", data: {} });
const RETRY_MS = 3_000;

// One frame per event, however many of the visitor's tabs hear it.
const frames = new WeakMap<LiveEvent, Uint8Array | null>();
function visitorFrame(event: LiveEvent): Uint8Array | null {
  let frame = frames.get(event);
  if (frame === undefined) {
    const heard = forVisitor(event);
    frame = heard ? frameBytes({ id: "", ...heard }) : null;
    frames.set(event, frame);
  }
  return frame;
}

const streamsPerVisitor = inFlightLimit("chat connections", () => 5);

export async function visitorEventStream(request: Request, visitor: Visitor): Promise<Response> {
  const { hub, release } = await hubForStream(() => streamsPerVisitor.acquire(visitor.key));
  let out: SseStream;
  const subscriber: VisitorSubscriber = {
    visitor: visitor.key,
    deliver(event) {
      if (event.kind === "resync") return out.write(frameBytes(event));
      const frame = visitorFrame(event);
      if (frame) out.write(frame);
    },
    end: () => out.close(),
  };
  const { response } = sseResponse({
    request,
    heartbeat: { ms: VISITOR_HEARTBEAT_MS, frame: HEARTBEAT_FRAME },
    retryMs: RETRY_MS,
    open(stream) {
      out = stream;
      hub.subscribe(subscriber);
      stream.write(READY);
    },
    onClose: () => {
      hub.unsubscribe(subscriber);
      release();
    },
  });
  return response;
}
