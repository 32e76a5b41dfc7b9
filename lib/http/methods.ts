import { json } from "@/lib/http/responses";

const verbs = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Verb = (typeof verbs)[number];
type Handler = (request: never, context: never) => Response | Promise<Response>;

/**
 * A route's exports for every verb: its handlers, and for the verbs it does not serve a JSON 405
 * whose Allow header lists the ones it does, derived from the handlers so the two cannot drift.
 * Next.js's own 405 has no body, and the contract wants JSON.
 *
 *   export const { GET, POST, PUT, PATCH, DELETE } = methods({ GET: apiRoute(…) });
 */
export function methods<Handlers extends Partial<Record<Verb, Handler>>>(handlers: Handlers) {
  const allowed = verbs.filter((verb) => handlers[verb]);
  // Marked, so that the OpenAPI drift test (tests/openapi) tells the verbs a route serves from these.
  const notAllowed = Object.assign(
    async () =>
      json({ message: `Method not allowed. Use ${allowed.join(" or ")}.` }, 405, { Allow: allowed.join(", ") }),
    { notServed: true as const },
  );
  return Object.fromEntries(verbs.map((verb) => [verb, handlers[verb] ?? notAllowed])) as {
    [V in Verb]: V extends keyof Handlers ? NonNullable<Handlers[V]> : typeof notAllowed;
  };
}
