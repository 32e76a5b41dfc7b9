import { readdirSync } from "node:fs";
import path from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { NextRequest } from "next/server";
import { openApiDocument } from "@/lib/openapi/document";

// The OpenAPI document against the routes, for the tests: which route file serves which verbs, and
// whether an answer is one the document describes (callRoute checks every answer it returns).

const root = path.resolve(import.meta.dirname, "../..");
const verbs = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Every app/api/**\/route.ts, as its path under the repository. */
export function routeFiles(): string[] {
  const found: string[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(path.join(root, directory), { withFileTypes: true })) {
      const child = `${directory}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (entry.name === "route.ts") found.push(child);
    }
  };
  walk("app/api");
  return found.sort();
}

/** A route file's URL path as the document writes it: [id] → {id}; a catch-all stays `[...x]`. */
export const templateOf = (file: string) =>
  file
    .replace(/^app/, "")
    .replace(/\/route\.ts$/, "")
    .replace(/\[(\w+)\]/g, "{$1}");

type Handler = ((...args: never[]) => unknown) & { notServed?: true };
export type ServedRoute = { file: string; template: string; verb: (typeof verbs)[number]; handler: Handler };

/** The verbs each route file serves (not the JSON 405s `methods()` answers for the others). */
export function servedRoutes(): Promise<ServedRoute[]> {
  imported ??= importRoutes();
  return imported;
}
let imported: Promise<ServedRoute[]> | undefined;

async function importRoutes(): Promise<ServedRoute[]> {
  const served: ServedRoute[] = [];
  for (const file of routeFiles()) {
    const module = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, Handler | undefined>;
    for (const verb of verbs) {
      const handler = module[verb];
      if (handler && !handler.notServed) served.push({ file, template: templateOf(file), verb, handler });
    }
  }
  return served;
}

let table: Promise<Map<unknown, ServedRoute>> | undefined;
const routeOf = async (handler: unknown) => {
  table ??= servedRoutes().then((routes) => new Map(routes.map((route) => [route.handler, route])));
  return (await table).get(handler);
};

const document = openApiDocument() as unknown as {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>;
};
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema(document, "openapi");
const validators = new Map<string, ValidateFunction>();

const pointer = (...parts: string[]) => parts.map((part) => part.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");

/** The documented path a request's path matches: the one with the fewest parameters ("/all" before "{id}"). */
function documentedPath(concrete: string): string | undefined {
  const matches = Object.keys(document.paths).filter((template) => {
    const pattern = template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{\w+\\?\}/g, "[^/]+");
    return new RegExp(`^${pattern}$`).test(concrete);
  });
  return matches.sort((a, b) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0))[0];
}

/** The request's path, from its route's template and the params it was called with. */
function concretePath(template: string, params: Record<string, string | string[]>): string {
  return (
    template
      .replace(/\/\[\[?\.\.\.(\w+)\]?\]/g, (_, name: string) => {
        const value = params[name];
        const segments = Array.isArray(value) ? value : value ? [value] : [];
        return segments.map((segment) => `/${encodeURIComponent(segment)}`).join("");
      })
      // A parameter is one segment whatever it holds (the fuzz tests send "/" and ""), as Next.js routes it.
      .replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(params[name] ?? "")) || "_")
  );
}

/**
 * Throws unless the answer is one the document describes for this route and verb: its status
 * listed, its JSON valid against the schema (or its content type the one documented).
 */
export async function checkAnswer(
  handler: unknown,
  method: string,
  params: Record<string, string | string[]>,
  answer: { status: number; contentType: string | null; body: unknown },
): Promise<void> {
  if ((handler as Handler).notServed) return; // the JSON 405 of a verb a route does not serve
  if (answer.status === 499) return; // the client went away: nobody reads an answer
  if (method === "OPTIONS") return; // a browser's CORS preflight (the widget's), not an operation
  const route = await routeOf(handler);
  if (!route) return; // not a route module's export (a test's own handler)
  const concrete = concretePath(route.template, params);
  // The JSON 404 of unknown API paths, and next-auth's own protocol, are not API operations.
  if (route.file === "app/api/[...path]/route.ts" || route.file.startsWith("app/api/auth/")) return;
  const where = `${method} ${concrete} (${route.file})`;
  const documented = documentedPath(concrete);
  const operation = documented ? document.paths[documented]?.[method.toLowerCase()] : undefined;
  if (!documented || !operation) {
    // A catch-all's own 404 (an unknown widget endpoint, provider or hook) needs no operation.
    if (answer.status === 404 || answer.status === 405) return;
    throw new Error(`OpenAPI: ${where} is not in the document`);
  }
  const response = operation.responses[String(answer.status)];
  if (!response) {
    throw new Error(
      `OpenAPI: ${where} answered ${answer.status}, which the document does not list (${Object.keys(operation.responses).join(", ")})`,
    );
  }
  const content = response.content;
  if (!content) return;
  const mediaType = (answer.contentType ?? "").split(";")[0]?.trim() ?? "";
  if (mediaType !== "application/json" || !content["application/json"]) {
    if (!content["*/*"] && !content[mediaType] && !content["application/octet-stream"]) {
      throw new Error(`OpenAPI: ${where} answered ${mediaType}; the document says ${Object.keys(content).join(", ")}`);
    }
    return;
  }
  const ref = `openapi#/${pointer("paths", documented, method.toLowerCase(), "responses", String(answer.status), "content", "application/json", "schema")}`;
  let validate = validators.get(ref);
  if (!validate) {
    validate = ajv.compile({ $ref: ref });
    validators.set(ref, validate);
  }
  if (!validate(answer.body)) {
    const problems = (validate.errors ?? [])
      .map((e) => `${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`)
      .join("; ");
    throw new Error(`OpenAPI: ${where} answered ${answer.status} with JSON the document does not allow: ${problems}`);
  }
}

/**
 * A `fetch` that serves requests with the app's route handlers in this process, as Next.js would
 * route them (a literal segment before a parameter), each answer checked against the document: what
 * a generated client is given in the tests.
 */
export function appFetch(): typeof fetch {
  return async (input, init) => {
    const request = new NextRequest(input instanceof Request ? input : new Request(input, init));
    const segments = request.nextUrl.pathname.split("/").filter(Boolean);
    const routes = await servedRoutes();
    const candidates = routes
      .filter((route) => route.verb === request.method)
      .map((route) => ({ route, params: matchRoute(route.template, segments) }))
      .filter((match): match is { route: ServedRoute; params: Record<string, string> } => match.params !== null)
      .sort((a, b) => Object.keys(a.params).length - Object.keys(b.params).length);
    const match = candidates[0];
    if (!match) return Response.json({ message: "No such route in this app" }, { status: 404 });
    const handler = match.route.handler as unknown as (
      request: NextRequest,
      context: { params: Promise<Record<string, string>> },
    ) => Promise<Response>;
    const response = await handler(request, { params: Promise.resolve(match.params) });
    const text = await response.clone().text();
    const contentType = response.headers.get("content-type");
    await checkAnswer(handler, request.method, match.params, {
      status: response.status,
      contentType,
      body: contentType?.includes("json") ? JSON.parse(text) : text,
    });
    return response;
  };
}

/** The params of `segments` under a route template without catch-alls, or null if it does not match. */
function matchRoute(template: string, segments: string[]): Record<string, string> | null {
  if (template.includes("[")) return null;
  const parts = template.split("/").filter(Boolean);
  if (parts.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of parts.entries()) {
    const segment = decodeURIComponent(segments[i] ?? "");
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    if (name) params[name] = segment;
    else if (part !== segment) return null;
  }
  return params;
}

/** Throws unless `body` is a delivery the document's `webhooks` describe for its type. */
export function checkWebhookPayload(body: string): void {
  const payload: unknown = JSON.parse(body);
  const type = (payload as { type?: string }).type;
  const webhooks = (document as unknown as { webhooks: Record<string, unknown> }).webhooks;
  if (!type || !webhooks[type]) throw new Error(`OpenAPI: no webhook ${type} in the document`);
  const ref = `openapi#/${pointer("webhooks", type, "post", "requestBody", "content", "application/json", "schema")}`;
  let validate = validators.get(ref);
  if (!validate) {
    validate = ajv.compile({ $ref: ref });
    validators.set(ref, validate);
  }
  if (!validate(payload)) {
    const problems = (validate.errors ?? []).map(
      (e) => `${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`,
    );
    throw new Error(`OpenAPI: a ${type} delivery the document does not allow: ${problems.join("; ")}`);
  }
}
