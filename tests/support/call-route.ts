import { NextRequest } from "next/server";
import { checkAnswer } from "./openapi";

type RouteHandler = (
  request: NextRequest,
  context: { params: Promise<Record<string, string | string[]>> },
) => Response | Promise<Response>;

export type CallOptions = {
  token?: string;
  body?: unknown;
  /** Sent as is, for bodies that are not JSON. */
  rawBody?: string | Uint8Array<ArrayBuffer>;
  query?: Record<string, string>;
  params?: Record<string, string | string[]>;
  headers?: Record<string, string>;
};

/** Calls a route handler the way Next.js does, and returns status, JSON body and headers: an
 *  answer the OpenAPI document does not describe fails the test (tests/support/openapi.ts). */
export async function callRoute(handler: RouteHandler, method: string, path: string, options: CallOptions = {}) {
  const url = new URL(path, "http://localhost:3000");
  for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, value);
  const headers = new Headers(options.headers);
  if (options.token) headers.set("authorization", `Bearer ${options.token}`);
  let body: string | Uint8Array<ArrayBuffer> | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  }
  const request = new NextRequest(url, { method, headers, body });
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) });
  const text = await response.text();
  let json: unknown = text;
  try {
    json = JSON.parse(text);
  } catch {
    // left as text: a test asserting on JSON will say so
  }
  const contentType = response.headers.get("content-type");
  await checkAnswer(handler, method, options.params ?? {}, { status: response.status, contentType, body: json });
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary response shapes
  return { status: response.status, body: json as any, text, headers: response.headers };
}
