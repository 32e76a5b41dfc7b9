import { randomUUID } from "node:crypto";
import type { NextRequest } from "next/server";
import pg from "pg";
import type { z } from "zod";
import { clientAddress } from "@/lib/auth/client-address";
import { resolveViewer } from "@/lib/auth/resolve-viewer";
import type { Viewer } from "@/lib/auth/viewer";
import { uniqueConstraints } from "@/lib/db/unique-constraints";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";
import { readJsonBody } from "@/lib/http/read-body";
import { errorResponse, json } from "@/lib/http/responses";
import { assertSameSiteWrite } from "@/lib/http/same-site";
import { validate } from "@/lib/http/validate";
import { logger } from "@/lib/log";

type RouteContext = { params: Promise<Record<string, string | string[]>> };

type Schemas<Input extends z.ZodType, Params extends z.ZodType> = {
  /** Validates the JSON body, or the query string for GET (and for a DELETE without a body). */
  input?: Input;
  params?: Params;
};

/** What a handler is given: the request, its validated input and params, and who is calling. */
type Context<Input extends z.ZodType, Params extends z.ZodType, Caller> = {
  request: NextRequest;
  input: z.output<Input>;
  params: z.output<Params>;
} & Caller;

type Handler<Input extends z.ZodType, Params extends z.ZodType> = (
  context: Context<Input, Params, { viewer: Viewer }>,
) => Promise<unknown>;

/**
 * Wraps a route handler: resolves the viewer (401), refuses cross-site cookie writes, parses and
 * validates params and input (400/413), runs the handler and maps every error to one JSON shape.
 * A handler returns a plain object (sent as 200 JSON) or a Response.
 */
export function apiRoute<Input extends z.ZodType = z.ZodUnknown, Params extends z.ZodType = z.ZodUnknown>(
  schemas: Schemas<Input, Params>,
  handler: Handler<Input, Params>,
) {
  return authenticatedRoute(schemas, authenticateViewer, ({ auth, ...rest }) => handler({ ...rest, viewer: auth }));
}

/** A viewer from the request's credentials (401 without), and cookie writes only from our own pages. */
async function authenticateViewer(request: NextRequest): Promise<Viewer> {
  const viewer = await resolveViewer(request);
  if (!viewer) throw new ApiError("unauthorized", "Unauthorized");
  if (viewer.via === "session") assertSameSiteWrite(request);
  return viewer;
}

/**
 * The wrapper for endpoints anyone may call (first-run setup, accepting an invitation, password
 * resets): what they do is guarded by what they are sent (a link's secret, an empty database).
 * Writes come only from our own pages or from clients that are not browsers, as JSON.
 */
export function publicRoute<Input extends z.ZodType = z.ZodUnknown, Params extends z.ZodType = z.ZodUnknown>(
  schemas: Schemas<Input, Params>,
  handler: (context: Context<Input, Params, { client: string }>) => Promise<unknown>,
) {
  return authenticatedRoute(
    schemas,
    async (request) => {
      assertSameSiteWrite(request);
      return clientAddress(request.headers);
    },
    ({ auth, ...rest }) => handler({ ...rest, client: auth }),
  );
}

/**
 * The same wrapper for endpoints that authenticate otherwise (the inbound webhooks): `authenticate`
 * turns the request (and its route params, unvalidated: a provider webhook's key) into whatever the
 * handler receives as `auth`, or throws. Credentials are
 * checked before input, so that a caller without them learns nothing from a 400.
 */
export function authenticatedRoute<
  Auth,
  Input extends z.ZodType = z.ZodUnknown,
  Params extends z.ZodType = z.ZodUnknown,
>(
  schemas: Schemas<Input, Params>,
  authenticate: (request: NextRequest, params: Record<string, string | string[]>) => Promise<Auth>,
  handler: (context: Context<Input, Params, { auth: Auth }>) => Promise<unknown>,
) {
  const route = async (request: NextRequest, context: RouteContext) => {
    const started = performance.now();
    const requestId = requestIdOf(request);
    let viewerId: string | undefined;
    let response: Response;
    try {
      const auth = await authenticate(request, await context.params);
      viewerId = (auth as { userId?: string }).userId;
      const params = schemas.params ? validate(schemas.params, await context.params) : undefined;
      const input = schemas.input ? validate(schemas.input, await readInput(request)) : undefined;
      const result = await handler({ request, auth, input, params } as Parameters<typeof handler>[0]);
      response = result instanceof Response ? result : json(result);
    } catch (error) {
      // The client went away mid-request (its body cut off): nobody reads the answer, nothing failed here.
      response = request.signal.aborted
        ? new Response(null, { status: 499 })
        : errorResponse(translateDatabaseError(error), requestId);
    }
    response.headers.set("x-request-id", requestId);
    // Answers are per viewer and may be personal: never kept by a browser or a shared cache.
    response.headers.set("cache-control", "no-store");
    // The rest of a refused body was not read: the connection cannot carry another request. A
    // server refusing work (shutting down) lets the client find another.
    if (response.status === 413 || response.status === 503) response.headers.set("connection", "close");
    const durationMs = Math.round((performance.now() - started) * 10) / 10;
    const { method, nextUrl } = request;
    logger().info({ requestId, method, route: nextUrl.pathname, status: response.status, durationMs, viewerId });
    return response;
  };
  // What it validates, for the OpenAPI document's drift test (tests/openapi): the document must
  // describe a route with these very schemas.
  const validates: { input?: z.ZodType; params?: z.ZodType } = schemas;
  return Object.assign(route, { schemas: validates });
}

/** The caller's X-Request-Id when it is a plain token (a proxy's), else a new one. */
function requestIdOf(request: NextRequest): string {
  const given = request.headers.get("x-request-id");
  return given && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
}

async function readInput(request: NextRequest): Promise<unknown> {
  const query = Object.fromEntries(request.nextUrl.searchParams);
  if (request.method === "GET" || request.method === "HEAD") return query;
  const body = await readJsonBody(request);
  if (body === undefined) return request.method === "DELETE" ? query : {};
  return body;
}

// The database errors a client can cause (through Prisma, or from hand-written SQL through pg),
// mapped centrally.
function translateDatabaseError(error: unknown): unknown {
  if (error instanceof pg.DatabaseError) return translatePgError(error);
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return error;
  const code = error.code === "P2010" ? rawQueryErrorCode(error) : error.code;
  if (code === "P2025") return new ApiError("not_found", "Not found");
  // A row it points at went away meanwhile (for instance, the conversation was deleted).
  if (code === "P2003") return new ApiError("not_found", "Not found");
  if (code === "P2002") return alreadyExists(constraintOf(error));
  if (code === "P2034") return new ApiError("conflict", "Concurrent update, please retry");
  return error;
}

// PostgreSQL's SQLSTATE codes for the same cases.
function translatePgError(error: pg.DatabaseError): unknown {
  if (error.code === "23503") return new ApiError("not_found", "Not found");
  if (error.code === "23505") return alreadyExists(error.constraint);
  if (error.code === "40001" || error.code === "40P01")
    return new ApiError("conflict", "Concurrent update, please retry");
  return error;
}

/** A unique violation's 409, naming the field when the index is one people can hit by what they send. */
function alreadyExists(constraint: string | undefined): ApiError {
  const field = constraint ? uniqueConstraints[constraint] : undefined;
  if (!field) return new ApiError("conflict", "That already exists");
  return new ApiError("conflict", `${field.path}: ${field.message}`, [field]);
}

/** The unique index a Prisma error names (through the driver adapter, or as its target). */
function constraintOf(error: Prisma.PrismaClientKnownRequestError): string | undefined {
  const meta = error.meta as
    | { driverAdapterError?: { cause?: { constraint?: { index?: string } } }; target?: unknown }
    | undefined;
  const index = meta?.driverAdapterError?.cause?.constraint?.index;
  return index ?? (typeof meta?.target === "string" ? meta.target : undefined);
}

// A raw statement's failure (P2010) carries the driver adapter's kind: the same cases as above.
function rawQueryErrorCode(error: Prisma.PrismaClientKnownRequestError): string {
  const kind = (error.meta as { driverAdapterError?: { cause?: { kind?: string } } } | undefined)?.driverAdapterError
    ?.cause?.kind;
  if (kind === "ForeignKeyConstraintViolation") return "P2003";
  if (kind === "UniqueConstraintViolation") return "P2002";
  if (kind === "TransactionWriteConflict") return "P2034";
  return error.code;
}
