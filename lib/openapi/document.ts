import { createDocument, type ZodOpenApiPathsObject } from "zod-openapi";
import { type Operation, operationObject } from "./operation";
import { aiOperations } from "./paths/ai";
import { conversationOperations } from "./paths/conversations";
import { integrationOperations } from "./paths/integrations";
import { reportOperations } from "./paths/reports";
import { teamOperations } from "./paths/team";
import { webhookPaths } from "./webhooks";

// The API's OpenAPI 3.1 document, generated from the schemas the routes validate with and the JSON
// schemas of each domain (zod-openapi: zod 4's own metadata, no second schema language). Served at
// /api/openapi.json and read by the reference page at /docs/api. tests/openapi keeps it true: every
// route file is in it with the very schemas it validates with, and every answer the integration
// tests receive is validated against it.

export const operations: Operation[] = [
  ...conversationOperations,
  ...teamOperations,
  ...aiOperations,
  ...integrationOperations,
  ...reportOperations,
];

let built: ReturnType<typeof createDocument> | undefined;

/** The document (built once per process: the schemas do not change while it runs). */
export function openApiDocument() {
  if (built) return built;
  const paths: ZodOpenApiPathsObject = {};
  for (const operation of operations) {
    const item = paths[operation.path] ?? {};
    paths[operation.path] = item;
    if (item[operation.method]) throw new Error(`${operation.method} ${operation.path} is listed twice`);
    item[operation.method] = operationObject(operation);
  }
  built = createDocument(
    {
      openapi: "3.1.0",
      info: {
        title: "Inbox API",
        version: "1.0.0",
        description:
          "The conversation endpoints keep the paths, fields and envelopes of Tether's conversation API; the rest follow the same conventions. The prose (conventions, live events, webhooks' signatures) is in docs/api.md.",
        license: { name: "MIT", identifier: "MIT" },
      },
      servers: [{ url: "/", description: "This installation" }],
      components: {
        securitySchemes: {
          apiToken: {
            type: "http",
            scheme: "bearer",
            description: "A personal API token (Settings → API tokens, or `npm run token:create`).",
          },
          session: {
            type: "apiKey",
            in: "cookie",
            name: "__Secure-next-auth.session-token",
            description:
              "The browser's session after signing in (`next-auth.session-token` over plain http in development). Writes must come from the app's own pages as JSON.",
          },
          inboundSecret: {
            type: "http",
            scheme: "bearer",
            description: "The organization's inbound secret, for providers and lead forms of your own.",
          },
          visitorToken: {
            type: "http",
            scheme: "bearer",
            description: "A webchat visitor's token, from POST /api/widget/{key}/session.",
          },
        },
      },
      paths,
      webhooks: webhookPaths(),
    },
    { allowEmptySchema: { custom: true } },
  );
  return built;
}
