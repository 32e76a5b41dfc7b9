import { NextRequest } from "next/server";
import * as events from "@/app/api/events/route";

export type ReceivedEvent = { id: string; event: string; data: Record<string, unknown> };

/**
 * Opens GET /api/events the way Next.js calls it and reads its server-sent events. `next()` waits
 * for the next event (heartbeats and comments skipped); `closed` settles when the server ends it.
 */
export type EventStream = Extract<Awaited<ReturnType<typeof openEventStream>>, { ok: true }>;

export async function openEventStream(options: { token?: string; headers?: Record<string, string>; query?: string }) {
  const abort = new AbortController();
  const headers = new Headers(options.headers);
  if (options.token) headers.set("authorization", `Bearer ${options.token}`);
  const request = new NextRequest(`http://localhost:3000/api/events${options.query ?? ""}`, {
    headers,
    signal: abort.signal,
  });
  const response = await events.GET(request, { params: Promise.resolve({}) });
  if (response.status !== 200 || !response.body) {
    return { ok: false as const, status: response.status, body: await response.json() };
  }
  const { next, readUntil, ended, close } = serverSentEvents(response.body, abort);
  // Every stream starts with `ready`, whose id (when the server has seen events) is where it begins.
  const ready = await next();
  if (ready?.event !== "ready") throw new Error(`expected the ready event first, got ${JSON.stringify(ready)}`);
  return {
    ok: true as const,
    readyId: ready.id,
    status: response.status,
    headers: response.headers,
    next,
    readUntil,
    ended,
    close,
  };
}

/** Reads server-sent events from a body: `next()` waits for the next event (heartbeats and comments
 *  skipped), undefined once the server has ended the stream. */
export function serverSentEvents(stream: ReadableStream<Uint8Array>, abort: AbortController) {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let ended = false;
  const received: ReceivedEvent[] = [];

  async function next(): Promise<ReceivedEvent | undefined> {
    for (;;) {
      const end = buffer.indexOf("\n\n");
      if (end >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const fields = Object.fromEntries(
          frame
            .split("\n")
            .filter((line) => !line.startsWith(":") && line.includes(":"))
            .map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1).trimStart()]),
        );
        if (!fields.event || fields.event === "heartbeat") continue;
        const event = { id: fields.id ?? "", event: fields.event, data: JSON.parse(fields.data ?? "{}") };
        received.push(event);
        return event;
      }
      if (ended) return undefined;
      const chunk = await reader.read();
      if (chunk.done) ended = true;
      else buffer += decoder.decode(chunk.value, { stream: true });
    }
  }

  return {
    next,
    received,
    /** Every event up to the first that `until` accepts (that one included). */
    async readUntil(until: (event: ReceivedEvent) => boolean): Promise<ReceivedEvent[]> {
      const seen: ReceivedEvent[] = [];
      for (;;) {
        const event = await next();
        if (!event) throw new Error(`stream ended before the awaited event; had ${JSON.stringify(seen)}`);
        seen.push(event);
        if (until(event)) return seen;
      }
    },
    /** Resolves once the server has ended the stream. */
    async ended(): Promise<void> {
      while (await next());
    },
    close() {
      abort.abort();
      reader.cancel().catch(() => {});
    },
  };
}
