import "server-only";
import { eventFrame } from "@/lib/events/events";

// Server-sent events over a Response, for both kinds of live stream (an agent's, lib/events/stream.ts,
// and a webchat visitor's, lib/channels/webchat/events.ts): heartbeats, a cap on what a client has
// not read, and one close however the stream ends.

// A client that stops reading is cut off past this much unread, rather than held in memory; it
// reconnects and catches up.
const MAX_UNREAD_BYTES = 1024 * 1024;

const encoder = new TextEncoder();
// An event reaches every stream that may see it: its bytes are made once, not once per stream.
const frames = new WeakMap<object, Uint8Array>();

/** The heartbeat every stream sends while idle (the browser reconnects when two go unheard). */
export const HEARTBEAT_FRAME = frameBytes({ id: "", kind: "heartbeat", data: {} });

/** One event's frame, made once however many streams send it. */
export function frameBytes(event: { id: string; kind: string; data: unknown }): Uint8Array {
  const kept = frames.get(event);
  if (kept) return kept;
  const bytes = encoder.encode(eventFrame(event));
  frames.set(event, bytes);
  return bytes;
}

export type SseStream = {
  /** Queues a frame; past the unread cap the stream is closed instead. */
  write(chunk: string | Uint8Array): void;
  close(): void;
};

/**
 * A server-sent-events response. `open` runs when the body starts (subscribe there, write the first
 * frames); `onBeat` after each heartbeat frame; `onClose` once, when the client goes, the server
 * closes it, or it is cut off.
 */
export function sseResponse(options: {
  request: Request;
  heartbeat: { ms: number; frame: Uint8Array };
  retryMs: number;
  open(stream: SseStream): void;
  onBeat?(beats: number): void;
  onClose(): void;
}): { response: Response } {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let closed = false;
  const stream: SseStream = {
    write(chunk) {
      if (closed) return;
      const bytes = typeof chunk === "string" ? encoder.encode(chunk) : chunk;
      // What the client has not read yet: the queue's size is the high-water mark less what is left.
      const unread = MAX_UNREAD_BYTES - (controller.desiredSize ?? 0);
      if (unread + bytes.byteLength > MAX_UNREAD_BYTES) return stream.close();
      controller.enqueue(bytes);
    },
    close() {
      if (closed) return;
      closed = true;
      clearInterval(heartbeat);
      options.onClose();
      try {
        controller.close();
      } catch {
        // already cancelled by the client
      }
    },
  };
  let beats = 0;
  const heartbeat = setInterval(() => {
    stream.write(options.heartbeat.frame);
    beats += 1;
    options.onBeat?.(beats);
  }, options.heartbeat.ms);
  heartbeat.unref?.();

  const body = new ReadableStream<Uint8Array>(
    {
      start(streamController) {
        controller = streamController;
        stream.write(`retry: ${options.retryMs}\n: connected\n\n`);
        options.open(stream);
      },
      cancel: () => stream.close(),
    },
    { highWaterMark: MAX_UNREAD_BYTES, size: (chunk) => chunk.byteLength },
  );
  const { signal } = options.request;
  if (signal.aborted) stream.close();
  else signal.addEventListener("abort", () => stream.close(), { once: true });

  const response = new Response(body, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store",
      // Proxies (nginx) must pass each event on as it comes.
      "x-accel-buffering": "no",
    },
  });
  return { response };
}
