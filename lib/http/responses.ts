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
  const tail = Object.entries(rest)
    .map(([name, value]) => `,${JSON.stringify(name)}:${JSON.stringify(value ?? null)}`)
    .join("");
  return jsonText(`{${JSON.stringify(key)}:[${items.join(",")}]${tail}}`);
}

export function errorResponse(error: unknown, requestId: string): NextResponse {
  if (error instanceof ApiError) {
    const body = error.errors ? { message: error.message, errors: error.errors } : { message: error.message };
    return json(body, error.status);
  }
  // Logged once, with the id the client gets; the client never sees an unknown error's message,
  // which may carry SQL or internals.
  logger().error({ err: error, requestId }, "unhandled error in an API route");
  return json({ message: "Something went wrong on our side. Please try again.", requestId }, 500);
}
