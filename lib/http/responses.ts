import { NextResponse } from "next/server";
import { ApiError } from "@/lib/http/api-error";
import { logger } from "@/lib/log";

export function json(body: unknown, status = 200, headers?: HeadersInit): NextResponse {
  return NextResponse.json(body, { status, headers });
}

/** A JSON body that is already text (built by PostgreSQL, see lib/db/json-sql.ts). */
export function jsonText(body: string, status = 200): Response {
  return new Response(body, { status, headers: { "content-type": "application/json" } });
}

/** `{"data":…}` around one JSON text. */
export const jsonData = (item: string, status = 200) => jsonText(`{"data":${item}}`, status);

/** `{"<key>":[…], …rest}` around JSON texts. */
export function jsonList(key: string, items: string[], rest: Record<string, unknown> = {}): Response {
  return jsonText(`{${JSON.stringify(key)}:[${items.join(",")}]${restOf(rest)}}`);
}

/** The members after the list: `,"name":value…`. */
const restOf = (rest: Record<string, unknown>) =>
  Object.entries(rest)
    .map(([name, value]) => `,${JSON.stringify(name)}:${JSON.stringify(value ?? null)}`)
    .join("");

/**
 * A body pulled from `chunks` only as fast as the client reads (Next.js waits for the socket to
 * drain). `done` runs once: when the body ends or fails, or the client goes away (`signal`, the
 * request's, which Next.js aborts when the connection closes, even before the answer has started).
 * A failure midway can no longer change the status: the connection is cut, so the client sees a
 * broken answer, never a short valid one.
 */
export function streamedBody(options: {
  chunks: AsyncIterator<string>;
  done: () => void;
  signal: AbortSignal;
  /** What the log says failed. */
  what: string;
}): ReadableStream<Uint8Array> {
  const { chunks, signal } = options;
  const encoder = new TextEncoder();
  let ended = false;
  const end = () => {
    if (!ended) options.done();
    ended = true;
  };
  if (signal.aborted) end();
  else signal.addEventListener("abort", end, { once: true });
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const next = await chunks.next();
          if (ended) return; // cancelled while this chunk was read
          if (next.done) {
            controller.close();
            end();
          } else controller.enqueue(encoder.encode(next.value));
        } catch (error) {
          logger().error({ err: error }, `${options.what} failed midway`);
          controller.error(error);
          end();
        }
      },
      async cancel() {
        end();
        await chunks.return?.();
      },
    },
    { highWaterMark: 0 },
  );
}

/** `{"<key>":[…], …rest}` streamed (streamedBody): each chunk of `batches` is JSON texts already
 *  joined by commas. */
export function jsonListStream(options: {
  key: string;
  batches: AsyncIterator<string>;
  rest: Record<string, unknown>;
  done: () => void;
  signal: AbortSignal;
}): Response {
  const { key, batches, rest } = options;
  async function* chunks() {
    try {
      yield `{${JSON.stringify(key)}:[`;
      for (let first = true; ; first = false) {
        const next = await batches.next();
        if (next.done) break;
        yield first ? next.value : `,${next.value}`;
      }
      yield `]${restOf(rest)}}`;
    } finally {
      await batches.return?.();
    }
  }
  const body = streamedBody({
    chunks: chunks(),
    done: options.done,
    signal: options.signal,
    what: "a streamed answer",
  });
  return new Response(body, { headers: { "content-type": "application/json" } });
}

export function errorResponse(error: unknown, requestId: string): NextResponse {
  if (error instanceof ApiError) {
    const body = error.errors ? { message: error.message, errors: error.errors } : { message: error.message };
    const retryAfter =
      error.retryAfterSeconds === undefined ? undefined : { "retry-after": String(error.retryAfterSeconds) };
    return json(body, error.status, retryAfter);
  }
  // Logged once, with the id the client gets; the client never sees an unknown error's message,
  // which may carry SQL or internals.
  logger().error({ err: error, requestId }, "unhandled error in an API route");
  return json({ message: "Something went wrong on our side. Please try again.", requestId }, 500);
}

/** A file to save (an export, a report's CSV): never rendered by the browser as a page of ours. */
export function download(body: BodyInit, contentType: string, filename: string): Response {
  return new Response(body, {
    headers: {
      "content-type": contentType,
      "content-disposition": `attachment; filename="${filename}"`,
      "x-content-type-options": "nosniff",
    },
  });
}
