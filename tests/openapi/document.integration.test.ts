import { describe, expect, it } from "vitest";
import { GET as getDocument } from "@/app/api/openapi.json/route";
import { operations } from "@/lib/openapi/document";
import { callRoute } from "@/tests/support/call-route";
import { servedRoutes } from "@/tests/support/openapi";

// The OpenAPI document cannot drift from the routes: every verb every route file serves is in it,
// described with the very schemas the route validates with, and nothing is in it that no route
// serves. (That every answer matches it, callRoute checks in every integration test.)

// Not API operations: the JSON 404 of unknown /api paths, and next-auth's own sign-in protocol
// (the document's `session` scheme describes the cookie it sets).
const notOperations = ["app/api/[...path]/route.ts", "app/api/auth/[...nextauth]/route.ts"];

/** The operations a route file's verb stands for: one, or each a catch-all dispatches to. */
function operationsOf(template: string, verb: string) {
  const method = verb.toLowerCase();
  const catchAll = template.indexOf("/[");
  const pattern =
    catchAll < 0
      ? new RegExp(`^${literal(template)}$`)
      : new RegExp(`^${literal(template.slice(0, catchAll)).replace(/\\\{\w+\\\}/g, "[^/]+")}(/|$)`);
  return operations.filter((operation) => operation.method === method && pattern.test(operation.path));
}
const literal = (text: string) => text.replace(/[.*+?^$()|[\]\\{}]/g, "\\$&");

describe("the OpenAPI document", () => {
  it("describes every verb of every route file, with the schemas the route validates with", async () => {
    const routes = (await servedRoutes()).filter((route) => !notOperations.includes(route.file));
    expect(routes.length).toBeGreaterThan(90);
    const missing: string[] = [];
    const drifted: string[] = [];
    for (const route of routes) {
      const described = operationsOf(route.template, route.verb);
      if (described.length === 0) missing.push(`${route.verb} ${route.template}`);
      const schemas = (route.handler as { schemas?: { input?: unknown; params?: unknown } }).schemas;
      if (!schemas || described.length !== 1) continue; // a catch-all's endpoints validate inside
      const [operation] = described;
      if (operation?.params !== schemas.params) drifted.push(`${route.verb} ${route.template}: params`);
      // A body of bytes (an upload) is read by the handler, not validated as input.
      const input = operation?.query ?? (operation?.bodyType ? undefined : operation?.body);
      if (input !== schemas.input) drifted.push(`${route.verb} ${route.template}: input`);
    }
    expect(missing).toEqual([]);
    expect(drifted).toEqual([]);
  });

  it("lists nothing that no route serves", async () => {
    const routes = (await servedRoutes()).filter((route) => !notOperations.includes(route.file));
    const served = (operation: (typeof operations)[number]) =>
      routes.some((route) => operationsOf(route.template, route.verb).includes(operation));
    expect(operations.filter((operation) => !served(operation)).map((o) => `${o.method} ${o.path}`)).toEqual([]);
  });

  it("is served at /api/openapi.json as OpenAPI 3.1, with unique operation ids", async () => {
    const response = await callRoute(getDocument, "GET", "/api/openapi.json");
    expect(response.status).toBe(200);
    expect(response.body.openapi).toBe("3.1.0");
    expect(Object.keys(response.body.components.securitySchemes)).toEqual([
      "apiToken",
      "session",
      "inboundSecret",
      "visitorToken",
    ]);
    const ids = operations.map((operation) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    // The reference's contract, as its page names it.
    expect(response.body.paths["/api/conversation/{id}/resolve"].put.responses["200"]).toBeDefined();
    expect(response.body.paths["/api/conversation/all"].post.requestBody.content["application/json"]).toBeDefined();
  });
});
