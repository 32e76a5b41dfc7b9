import "server-only";
import type { NextRequest } from "next/server";
import { z } from "zod";
import { clientAddress } from "@/lib/auth/client-address";
import { isOpen } from "@/lib/business-hours";
import type { OpenConnection } from "@/lib/channels/channel";
import { query } from "@/lib/db/sql";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";
import { readBodyBytes, readBodyText } from "@/lib/http/read-body";
import { errorResponse, json } from "@/lib/http/responses";
import { expectedOrigin } from "@/lib/http/same-site";
import { validate } from "@/lib/http/validate";
import { type Limit, limitKey, reserve } from "@/lib/limits/rate-limit";
import { boundedInt, objectId, text } from "@/lib/schemas";
import { MAX_UPLOAD_BYTES, requestedName, saveVisitorUpload, uploadResponse } from "@/lib/uploads/uploads";
import { browserOf } from "./browser";
import { visitorEventStream } from "./events";
import { identifiedAddress, newVisitorAddress, signVisitorToken, verifyIdentity, visitorOfToken } from "./identity";
import { isAllowedOrigin, type WebchatSettings } from "./settings";
import { markRead, sendVisitorMessage, type Visitor, visitorKeyOf, visitorMessages, visitorUpload } from "./visitors";

// The widget's endpoints, at /api/widget/<public id>/<path>, apart from the agents' API: a visitor
// token (ours, from /session) is the only credential they take, and it opens nothing but the
// visitor's own conversation. Every request is checked against the connection's allowed origins
// (our own origin is the widget's panel), rate limited per client address and per visitor, and
// body limited. Browsers on an allowed website get CORS headers; any other website gets a 403
// without them, so its pages can read nothing.

export type Connection = OpenConnection<WebchatSettings, { identitySecret: string }>;
type Context = { request: NextRequest; connection: Connection; client: string; id?: string };
type Handler = (context: Context) => Promise<Response>;

const JSON_LIMIT = 16 * 1024;
const MINUTE = 60;

/** Answers one visitor request; a refusal is our JSON error with the CORS headers a widget needs to read it. */
export async function widgetApi(request: NextRequest, connection: Connection, path: string[]): Promise<Response> {
  const corsOrigin = checkOrigin(request, connection.settings.allowedOrigins);
  let response: Response;
  try {
    response = request.method === "OPTIONS" ? preflight() : await dispatch(request, connection, path);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    response = errorResponse(error, "");
  }
  if (corsOrigin) {
    response.headers.set("access-control-allow-origin", corsOrigin);
    response.headers.set("vary", "Origin");
  }
  return response;
}

/** The website a browser request comes from, when it needs CORS; 403 for one not allowed. */
function checkOrigin(request: NextRequest, allowed: string[]): string | null {
  const origin = request.headers.get("origin");
  if (origin === null) {
    // A browser names the origin of every cross-site fetch; without one, only another site's
    // <img> or navigation, which the token would stop anyway.
    if (request.headers.get("sec-fetch-site") === "cross-site") throw notAllowed();
    return null;
  }
  if (origin === expectedOrigin(request)) return null; // the widget's own panel
  if (isAllowedOrigin(origin, allowed)) return origin;
  throw notAllowed();
}

const notAllowed = () => new ApiError("forbidden", "This website is not allowed to use this chat widget");

const preflight = () =>
  new Response(null, {
    status: 204,
    headers: {
      "access-control-allow-methods": "GET, POST",
      "access-control-allow-headers": "authorization, content-type",
      "access-control-max-age": "600",
    },
  });

const routes: Record<string, Partial<Record<string, Handler>>> = {
  config: { GET: byAddress(config) },
  session: { POST: byAddress(session) },
  messages: { GET: withVisitor(listMessages), POST: withVisitor(postMessage, "message") },
  uploads: { POST: withVisitor(upload, "upload") },
  "uploads/:id": { GET: withVisitor(readUpload) },
  read: { POST: withVisitor(read) },
  events: { GET: withVisitor(events) },
};

async function dispatch(request: NextRequest, connection: Connection, path: string[]): Promise<Response> {
  const [first = "config", id, ...rest] = path;
  const name = id === undefined ? first : `${first}/:id`;
  const methods = rest.length === 0 ? routes[name] : undefined;
  if (!methods) throw new ApiError("not_found", "No such widget endpoint");
  const handler = methods[request.method];
  if (!handler) {
    const allowed = Object.keys(methods).join(", ");
    return json({ message: `Method not allowed. Use ${allowed}.` }, 405, { Allow: allowed });
  }
  return handler({ request, connection, client: clientAddress(request.headers), id });
}

/** A handler anyone on an allowed website may call, counted against the client's address (a
 *  visitor's requests are counted by withVisitor, with the visitor's own limits in one statement). */
function byAddress(handler: Handler): Handler {
  return async (context) => {
    await limit([perAddress(context.client)]);
    return handler(context);
  };
}

const perAddress = (client: string): Limit => ({
  key: limitKey("widget-client", client),
  max: env().WEBCHAT_REQUESTS_PER_MINUTE,
  windowSeconds: MINUTE,
});

async function limit(limits: Limit[]) {
  const retryAfter = await reserve(limits);
  if (retryAfter !== null) {
    throw new ApiError("too_many_requests", "Too many requests: wait a moment and try again", undefined, retryAfter);
  }
}

export const widgetConfigSchema = z.strictObject({
  title: z.string(),
  greeting: z.string(),
  accentColor: z.string(),
  askForContact: z.boolean(),
  /** Whether someone answers now (the business hours). */
  open: z.boolean(),
  offlineMessage: z.string(),
  requireIdentity: z.boolean(),
});

/** What the launcher and the panel show, and whether someone answers now. */
export async function widgetConfig(connection: Connection): Promise<z.infer<typeof widgetConfigSchema>> {
  const [organization] = await query<{ name: string; timeZone: string }>(
    Prisma.sql`SELECT name, "timeZone" FROM "Organization" WHERE id = ${connection.organizationId}`,
  );
  const { settings } = connection;
  return {
    title: organization?.name ?? "",
    greeting: settings.greeting,
    accentColor: settings.accentColor,
    askForContact: settings.askForContact,
    open: isOpen(settings.businessHours, organization?.timeZone ?? "UTC"),
    offlineMessage: settings.offlineMessage,
    requireIdentity: settings.requireIdentity,
  };
}

async function config({ connection }: Context) {
  return json(await widgetConfig(connection));
}

async function readJson<Schema extends z.ZodType>(request: Request, schema: Schema): Promise<z.output<Schema>> {
  const text = await readBodyText(request, JSON_LIMIT);
  let value: unknown = {};
  if (text.trim()) {
    try {
      value = JSON.parse(text);
    } catch {
      throw new ApiError("bad_request", "Request body is not valid JSON");
    }
  }
  return validate(schema, value);
}

export const visitorSessionSchema = z.strictObject({
  /** The visitor's token: `Authorization: Bearer` on the visitor's endpoints. */
  token: z.string(),
  visitor: z.strictObject({ identified: z.boolean(), name: z.string().nullable(), email: z.string().nullable() }),
});

export const sessionInput = z.strictObject({
  /** The visitor token this browser kept, to go on as the same visitor. */
  token: text({ max: 2000 }).optional(),
  /** The website's identity token for its signed-in user (HS256 under the identity secret). */
  identity: text({ max: 4000 }).optional(),
});

/**
 * Starts or resumes a visitor: the website's identity token names them (refused with its reason if
 * forged, expired or malformed: no conversation is joined); else the token they kept; else a new
 * anonymous visitor, unless the connection takes identified visitors only.
 */
async function session({ request, connection, client }: Context) {
  const input = await readJson(request, sessionInput);
  const { settings, secrets } = connection;
  let visitor = input.identity ? null : await visitorOfToken(input.token ?? null, connection.id);
  if (input.identity) {
    const identity = await verifyIdentity(input.identity, secrets.identitySecret);
    if ("refused" in identity) throw new ApiError("unauthorized", identity.refused);
    visitor = { address: identifiedAddress(identity.sub), name: identity.name, email: identity.email };
  }
  if (visitor && settings.requireIdentity && !visitor.address.startsWith("user:")) visitor = null;
  if (!visitor) {
    if (settings.requireIdentity) {
      throw new ApiError("unauthorized", "This chat is for signed-in users: the website passes who you are");
    }
    await limit([
      {
        key: limitKey("widget-new-visitor", client),
        max: env().WEBCHAT_NEW_VISITORS_PER_MINUTE,
        windowSeconds: MINUTE,
      },
    ]);
    visitor = { address: newVisitorAddress() };
  }
  return json({
    token: await signVisitorToken(connection.id, visitor),
    visitor: {
      identified: visitor.address.startsWith("user:"),
      name: visitor.name ?? null,
      email: visitor.email ?? null,
    },
  });
}

/** A handler for a visitor with a current token (Authorization: Bearer), counted against their
 *  limits and their address's. */
function withVisitor(
  handler: (context: Context & { visitor: Visitor }) => Promise<Response>,
  kind?: "message" | "upload",
): Handler {
  return async (context) => {
    const { request, connection, client } = context;
    const header = request.headers.get("authorization") ?? "";
    const token = header.startsWith("Bearer ") ? header.slice(7) : null;
    const claims = await visitorOfToken(token, connection.id);
    if (!claims) {
      await limit([perAddress(client)]);
      throw new ApiError("unauthorized", "The chat session has ended: start a new one");
    }
    if (connection.settings.requireIdentity && !claims.address.startsWith("user:")) {
      await limit([perAddress(client)]);
      throw new ApiError("unauthorized", "This chat is for signed-in users: the website passes who you are");
    }
    const key = visitorKeyOf(connection.id, claims.address);
    const limits: Limit[] = [
      perAddress(client),
      { key: limitKey("widget-visitor", key), max: env().WEBCHAT_VISITOR_REQUESTS_PER_MINUTE, windowSeconds: MINUTE },
    ];
    if (kind === "message") limits.push({ key: limitKey("widget-messages", key), max: 30, windowSeconds: MINUTE });
    if (kind === "upload") limits.push({ key: limitKey("widget-uploads", key), max: 10, windowSeconds: MINUTE });
    await limit(limits);
    const visitor = { ...claims, organizationId: connection.organizationId, connectionId: connection.id, key };
    return handler({ ...context, visitor });
  };
}

export const pageInput = z
  .object({
    before: objectId.optional(),
    after: objectId.optional(),
    limit: boundedInt(1, 100).default(30),
  })
  .refine((page) => !(page.before && page.after), { message: "send before or after, not both", path: ["after"] });

function listMessages({ request, visitor }: Context & { visitor: Visitor }) {
  return visitorMessages(visitor, validate(pageInput, Object.fromEntries(request.nextUrl.searchParams)));
}

export const messageInput = z
  .strictObject({
    body: text({ max: 5000 }).default(""),
    /** The widget's id for this message: a send retried after a lost answer is one message. */
    clientId: z.string().regex(/^[\w-]{8,64}$/, "must be 8 to 64 letters, digits, - or _"),
    /** Images uploaded first (POST uploads): their ids. */
    attachments: z.array(objectId).max(5, "at most 5 images").default([]),
    /** The page the visitor writes from. */
    context: z.strictObject({ url: text({ max: 2000 }).optional(), title: text({ max: 300 }).optional() }).optional(),
    /** What the visitor typed before the first message (when asked for), or when offline. */
    contact: z
      .strictObject({
        name: text({ max: 200, trim: true }).optional(),
        email: text({ max: 320, trim: true }).pipe(z.email("must be an email address")).optional(),
      })
      .optional(),
  })
  .refine((m) => m.body.trim() !== "" || m.attachments.length > 0, {
    message: "write something, or attach an image",
    path: ["body"],
  });

async function postMessage({ request, connection, visitor }: Context & { visitor: Visitor }) {
  const input = await readJson(request, messageInput);
  const page = input.context?.url;
  // A page of the website only (an agent may open it): any other URL is not said.
  const url =
    page && safeUrl(page) && isAllowedOrigin(new URL(page).origin, connection.settings.allowedOrigins)
      ? page
      : undefined;
  const browser = browserOf(request.headers.get("user-agent"));
  const context = {
    ...(url ? { url } : {}),
    ...(url && input.context?.title ? { title: input.context.title } : {}),
    ...(browser ? { browser } : {}),
  };
  return sendVisitorMessage(
    visitor,
    {
      body: input.body,
      clientId: input.clientId,
      uploads: [...new Set(input.attachments)],
      context,
      contact: input.contact,
    },
    { askForContact: connection.settings.askForContact },
  );
}

const safeUrl = (value: string) => {
  try {
    return ["http:", "https:"].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

/** An image, as the request's raw body (`?name=` its file name), up to 5 MB. */
async function upload({ request, visitor }: Context & { visitor: Visitor }) {
  const bytes = await readBodyBytes(request, MAX_UPLOAD_BYTES);
  const saved = await saveVisitorUpload({
    organizationId: visitor.organizationId,
    connectionId: visitor.connectionId,
    visitor: visitor.key,
    name: requestedName(request.nextUrl),
    bytes,
  });
  return json({ data: saved }, 201);
}

async function readUpload({ id, visitor }: Context & { visitor: Visitor }) {
  const valid = objectId.safeParse(id);
  if (!valid.success) throw new ApiError("not_found", "Attachment not found");
  return uploadResponse(await visitorUpload(visitor, valid.data));
}

async function read({ visitor }: Context & { visitor: Visitor }) {
  await markRead(visitor);
  return json({ message: "Read" });
}

function events({ request, visitor }: Context & { visitor: Visitor }) {
  return visitorEventStream(request, visitor);
}
