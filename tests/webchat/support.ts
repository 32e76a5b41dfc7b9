import { SignJWT } from "jose";
import { NextRequest } from "next/server";
import * as channelsRoute from "@/app/api/channels/route";
import * as widgetRoute from "@/app/api/widget/[key]/[[...path]]/route";
import { pool } from "@/lib/db/client";
import { deliver } from "@/lib/outbox/deliver";
import { callRoute } from "../support/call-route";
import { serverSentEvents } from "../support/event-stream";

export { PNG } from "../support/files";

// Webchat as the tests drive it: an admin connects a widget; a "website" (an Origin) and a visitor
// (a token) call its endpoints through the one route Next.js serves them from.

export const WEBSITE = "https://shop.example";
export const PAGE = `${WEBSITE}/pricing`;

export type Widget = { _id: string; publicId: string; identitySecret: string };

export async function connectWidget(adminToken: string, fields: Record<string, unknown> = {}): Promise<Widget> {
  const res = await callRoute(channelsRoute.POST, "POST", "/", {
    token: adminToken,
    body: { provider: "webchat", name: "Website", allowedOrigins: [WEBSITE], ...fields },
  });
  if (res.status !== 201) throw new Error(`connect: ${res.status} ${res.text}`);
  return {
    _id: res.body.data._id,
    publicId: res.body.data.embed.publicId,
    identitySecret: res.body.data.shownOnce.identitySecret,
  };
}

type Options = {
  token?: string;
  body?: unknown;
  rawBody?: string | Uint8Array<ArrayBuffer>;
  origin?: string | null;
  headers?: Record<string, string>;
  query?: Record<string, string>;
};

/** One request to /api/widget/<publicId>/<path>, from the website by default. */
export function widget(
  method: "GET" | "POST" | "OPTIONS" | "DELETE",
  publicId: string,
  path: string,
  options: Options = {},
) {
  const segments = path.split("/").filter(Boolean);
  const handler = (widgetRoute as Record<string, unknown>)[method] as Parameters<typeof callRoute>[0];
  const origin = options.origin === undefined ? WEBSITE : options.origin;
  return callRoute(handler, method, `/api/widget/${publicId}/${path}`, {
    ...options,
    params: segments.length ? { key: publicId, path: segments } : { key: publicId },
    headers: { ...(origin ? { origin } : {}), ...options.headers },
  });
}

/** A new anonymous visitor's token (or the identified visitor's, with `identity`). */
export async function visit(publicId: string, body: Record<string, unknown> = {}): Promise<string> {
  const res = await widget("POST", publicId, "session", { body });
  if (res.status !== 200) throw new Error(`session: ${res.status} ${res.text}`);
  return res.body.token;
}

/** An image (or anything) as the widget uploads it: the raw bytes, a file name, a claimed type. */
export const upload = (publicId: string, token: string, bytes: Uint8Array<ArrayBuffer>, name: string, type: string) =>
  widget("POST", publicId, "uploads", { token, rawBody: bytes, query: { name }, headers: { "content-type": type } });

let sent = 0;
export const write = (publicId: string, token: string, body: string, fields: Record<string, unknown> = {}) =>
  widget("POST", publicId, "messages", { token, body: { body, clientId: `test-${Date.now()}-${sent++}`, ...fields } });

/** The website's identity token for a user, as its server would sign it. */
export function identityToken(secret: string, claims: Record<string, unknown>, expires: string | number = "10m") {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256" })
    .setIssuedAt()
    .setExpirationTime(expires)
    .sign(new TextEncoder().encode(secret));
}

/** A visitor's live events (GET .../events), read as the widget reads them. */
export async function visitorEvents(publicId: string, token: string) {
  const abort = new AbortController();
  const request = new NextRequest(`http://localhost:3000/api/widget/${publicId}/events`, {
    headers: { authorization: `Bearer ${token}` },
    signal: abort.signal,
  });
  const response = await widgetRoute.GET(request, { params: Promise.resolve({ key: publicId, path: ["events"] }) });
  if (response.status !== 200 || !response.body) throw new Error(`events: ${response.status} ${await response.text()}`);
  const stream = serverSentEvents(response.body, abort);
  const ready = await stream.next();
  if (ready?.event !== "ready") throw new Error(`expected ready first, got ${JSON.stringify(ready)}`);
  return stream;
}

/** Works a reply's outbound job once, as the outbox worker would (lib/outbox/deliver.ts). */
export async function workOutbound(messageId: string) {
  const { rows } = await pool().query<{ id: string }>(
    `SELECT id FROM pgboss.job WHERE name = 'outbound' AND data->>'messageId' = $1`,
    [messageId],
  );
  if (!rows[0]) throw new Error(`no outbound job for ${messageId}`);
  await deliver({ id: rows[0].id, data: { messageId }, retryCount: 0, retryLimit: 10 });
}
