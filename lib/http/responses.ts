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
 * `{"<key>":[…], …rest}` streamed: each chunk of `batches` is JSON texts already joined by commas,
 * pulled only as fast as the client reads (Next.js waits for the socket to drain). `done` runs once:
 * when the answer ends or fails, or the client goes away (`signal`, the request's, which Next.js
 * aborts when the connection closes, even before the answer has started). A failure midway can no
 * longer change the status: the connection is cut, so the client sees a broken answer, never a
 * short valid one.
 */
export function jsonListStream(options: {
  key: string;
  batches: AsyncIterator<string>;
  rest: Record<string, unknown>;
  done: () => void;
  signal: AbortSignal;
}): Response {
  const { key, batches, rest, signal } = options;
  const encoder = new TextEncoder();
  let first = true;
  let ended = false;
  const end = () => {
    if (!ended) options.done();
    ended = true;
  };
  if (signal.aborted) end();
  else signal.addEventListener("abort", end, { once: true });
  const body = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(`{${JSON.stringify(key)}:[`));
      },
      async pull(controller) {
        try {
          const next = await batches.next();
          if (ended) return; // cancelled while this batch was read
          if (next.done) {
            controller.enqueue(encoder.encode(`]${restOf(rest)}}`));
            controller.close();
            end();
            return;
          }
          controller.enqueue(encoder.encode(first ? next.value : `,${next.value}`));
          first = false;
        } catch (error) {
          logger().error({ err: error }, "a streamed answer failed midway");
          controller.error(error);
          end();
        }
      },
      async cancel() {
        end();
        await batches.return?.();
      },
    },
    { highWaterMark: 0 },
  );
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
