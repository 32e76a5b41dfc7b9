import { z } from "zod";
import type { ZodOpenApiOperationObject, ZodOpenApiResponseObject } from "zod-openapi";
import { statusByCode } from "@/lib/http/api-error";

// One operation of the API as the document describes it, in a shape short enough to list them all
// (lib/openapi/paths/*.ts): the route's own input schemas (the drift test checks they are the very
// objects the route validates with), its answers' schemas (the JSON each domain's json.ts holds)
// and the errors it may answer. The errors every route shares are added here, from what it takes.

export type Method = "get" | "post" | "put" | "patch" | "delete";

/**
 * Who may call it: `user` a person's API token or session; `public` anyone (what it does is
 * guarded by what it is sent); `inbound` an organization's inbound secret; `visitor` a webchat
 * visitor's token; `provider` a channel provider, verified by its own signature.
 */
export type Caller = "user" | "public" | "inbound" | "visitor" | "provider";

type Answer = {
  description: string;
  schema?: z.ZodType;
  contentType?: string;
  headers?: Record<string, string>;
  /** The same answer in other media types (an export's text and CSV). */
  also?: Record<string, z.ZodType>;
};

export type Operation = {
  method: Method;
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  caller: Caller;
  params?: z.ZodObject;
  query?: z.ZodType;
  body?: z.ZodType;
  /** A body that is not JSON (an upload's bytes, a provider's form). */
  bodyType?: string;
  answers: Record<number, Answer>;
  /** Errors beyond the shared ones (400 for input, 401 for a caller, 404 for an id, 413/415 for a body, 500). */
  errors?: readonly number[];
  /** Headers it reads beyond credentials (Idempotency-Key, Last-Event-ID). */
  headers?: Record<string, string>;
};

/** Every error answer: a message for people, and for a 400 what was wrong with which field. */
export const errorJsonSchema = z
  .strictObject({
    message: z.string(),
    errors: z.array(z.strictObject({ path: z.string(), message: z.string() })).optional(),
    /** On a 500: the id our logs know it by. */
    requestId: z.string().optional(),
  })
  .meta({ id: "Error" });

/** `{ "data": … }` around an answer's object, the API's usual envelope. */
export const dataOf = <T extends z.ZodType>(schema: T) => z.strictObject({ data: schema });

/** The answer of endpoints that only say what they did. */
export const messageAnswerSchema = z.strictObject({ message: z.string() }).meta({ id: "Done" });

const errorText: Record<number, string> = {
  400: "The request is not valid: `errors` names each field and what is wrong with it.",
  401: "No valid credentials.",
  403: "The caller's role may not do this, or a browser session's write came from another site.",
  404: "Not found, or not the caller's to see.",
  409: "It conflicts with the current state (a version, a unique name); read again and retry.",
  410: "A link that was used, withdrawn or expired.",
  413: "The body is larger than this endpoint takes.",
  415: "A browser session's write must be sent as application/json.",
  429: "Too many requests: wait for Retry-After seconds.",
  500: "Something failed on our side; `requestId` names it in our logs.",
  502: "The channel's provider refused or failed.",
  503: "Not available now (shutting down, or a server key is not configured); Retry-After when known.",
};

const securityOf: Record<Caller, ZodOpenApiOperationObject["security"]> = {
  user: [{ apiToken: [] }, { session: [] }],
  public: [],
  inbound: [{ inboundSecret: [] }],
  visitor: [{ visitorToken: [] }],
  provider: [],
};

/** The errors an operation may answer: its own, and those its caller and input imply. */
export function errorStatuses(operation: Operation): number[] {
  const statuses = new Set(operation.errors ?? []);
  if (operation.caller !== "public" && operation.caller !== "provider") statuses.add(401);
  // A browser session's write from another site is refused (lib/http/same-site.ts).
  if ((operation.caller === "user" || operation.caller === "public") && operation.method !== "get") statuses.add(403);
  if (operation.params || operation.query || operation.body) statuses.add(400);
  if (operation.params) statuses.add(404);
  if (operation.body) statuses.add(413);
  if (operation.body && (operation.caller === "user" || operation.caller === "public")) statuses.add(415);
  statuses.add(500);
  for (const status of statuses) {
    if (!Object.values(statusByCode).includes(status as never)) throw new Error(`${status} is not an error we answer`);
  }
  return [...statuses].sort();
}

/** Headers by name, each a string described. */
function headersObject(headers: Record<string, string>, optional = false) {
  return z.object(
    Object.fromEntries(
      Object.entries(headers).map(([name, description]) => {
        const header = z.string().meta({ description });
        return [name, optional ? header.optional() : header];
      }),
    ),
  );
}

function answerObject(answer: Answer): ZodOpenApiResponseObject {
  const headers = answer.headers ? headersObject(answer.headers) : undefined;
  if (!answer.schema && !answer.contentType) return { description: answer.description, ...(headers && { headers }) };
  return {
    description: answer.description,
    ...(headers && { headers }),
    content: {
      [answer.contentType ?? "application/json"]: { schema: answer.schema ?? z.string() },
      ...Object.fromEntries(Object.entries(answer.also ?? {}).map(([type, schema]) => [type, { schema }])),
    },
  };
}

/** The operation as zod-openapi takes it. */
export function operationObject(operation: Operation): ZodOpenApiOperationObject {
  const responses: Record<string, ZodOpenApiResponseObject> = {};
  for (const [status, answer] of Object.entries(operation.answers)) responses[status] = answerObject(answer);
  for (const status of errorStatuses(operation)) {
    responses[status] = {
      description: errorText[status] ?? "Refused.",
      ...((status === 429 || status === 503) && { headers: headersObject({ "retry-after": "Seconds to wait." }) }),
      content: { "application/json": { schema: errorJsonSchema } },
    };
  }
  return {
    operationId: operation.operationId,
    tags: [operation.tag],
    summary: operation.summary,
    description: operation.description,
    security: securityOf[operation.caller],
    requestParams: {
      ...(operation.params && { path: operation.params }),
      ...(operation.query && { query: operation.query as z.ZodObject }),
      ...(operation.headers && { header: headersObject(operation.headers, true) }),
    },
    requestBody: operation.body
      ? { required: true, content: { [operation.bodyType ?? "application/json"]: { schema: operation.body } } }
      : undefined,
    responses,
  };
}
