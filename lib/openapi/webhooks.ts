import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { jsonDate } from "@/lib/schemas";
import { payloadDataSchemas } from "@/lib/webhooks/dispatch";
import { webhookEventTypes } from "@/lib/webhooks/events";

// What an integrator's endpoint receives (OpenAPI 3.1's `webhooks`): one POST per event type,
// signed as Standard Webhooks, its body `{type, timestamp, data}` with `data` the API's own JSON.

const signatureHeaders = z.object({
  "webhook-id": z.string().meta({ description: "The same across retries and replays: deduplicate on it." }),
  "webhook-timestamp": z.string().meta({ description: "Unix seconds; refuse one more than five minutes off." }),
  "webhook-signature": z.string().meta({
    description:
      "`v1,<base64 HMAC-SHA256 of id.timestamp.body>`, space-separated when a rotated-out secret still signs (24 hours).",
  }),
});

export function webhookPaths(): ZodOpenApiPathsObject {
  return Object.fromEntries(
    Object.entries(webhookEventTypes).map(([type, description]) => [
      type,
      {
        post: {
          operationId: `webhook.${type}`,
          tags: ["Webhooks"],
          summary: description,
          requestParams: { header: signatureHeaders },
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: z.strictObject({
                  type: z.literal(type),
                  timestamp: jsonDate,
                  data: payloadDataSchemas[type as keyof typeof payloadDataSchemas],
                }),
              },
            },
          },
          responses: {
            "200": { description: "Any 2xx within 15 seconds: delivered. Anything else is retried (5 s … 10 h)." },
          },
        },
      },
    ]),
  );
}
