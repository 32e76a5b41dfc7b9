import { NextResponse } from "next/server";
import { ApiError } from "@/lib/http/api-error";

export function json(body: unknown, status = 200, headers?: HeadersInit): NextResponse {
  return NextResponse.json(body, { status, headers });
}

/** A 200 whose JSON body is already text (built by PostgreSQL, see lib/serializers/sql.ts). */
export function jsonText(body: string): Response {
  return new Response(body, { headers: { "content-type": "application/json" } });
}

export function errorResponse(error: unknown): NextResponse {
  if (error instanceof ApiError) {
    const body = error.errors ? { message: error.message, errors: error.errors } : { message: error.message };
    return json(body, error.status);
  }
  // Never echo an unknown error's message: it may carry SQL or internals.
  console.error("Unhandled error in API route", error);
  return json({ message: "Something went wrong on our side. Please try again." }, 500);
}

/** Exported as the methods a route does not support, so that they answer JSON with an Allow header. */
export function methodNotAllowed(allowed: string[]) {
  return () =>
    json({ message: `Method not allowed. Use ${allowed.join(" or ")}.` }, 405, { Allow: allowed.join(", ") });
}
