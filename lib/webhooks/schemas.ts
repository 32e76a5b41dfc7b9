import { z } from "zod";
import { objectId, strictBoolean, text } from "@/lib/schemas";
import { webhookEventNames } from "./events";

// What admins send for an endpoint. The URL is https, or http to this machine outside production
// (checked again, against the addresses it resolves to, at every call: lib/http/outbound.ts).

const url = text({ min: 1, max: 500, trim: true }).superRefine((value, context) => {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    context.addIssue({ code: "custom", message: "must be a URL such as https://example.com/hooks" });
    return;
  }
  if (parsed.username || parsed.password)
    context.addIssue({ code: "custom", message: "must not carry a user or password" });
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:")
    context.addIssue({ code: "custom", message: "must be an https URL" });
});

const events = z
  .array(z.enum(webhookEventNames, { error: `must be one of ${webhookEventNames.join(", ")}` }))
  .max(webhookEventNames.length)
  .default([]);

export const webhookEndpointInput = z.strictObject(
  {
    url,
    description: text({ max: 200, trim: true }).default(""),
    events,
    enabled: strictBoolean.default(true),
  },
  { error: "Request body must be a JSON object" },
);
export type WebhookEndpointInput = z.output<typeof webhookEndpointInput>;

export const updateWebhookEndpointInput = z
  .strictObject(
    {
      url: url.optional(),
      description: text({ max: 200, trim: true }).optional(),
      events: events.optional(),
      enabled: strictBoolean.optional(),
    },
    { error: "Request body must be a JSON object" },
  )
  .refine((value) => Object.keys(value).length > 0, "Send at least one field to change");

export const deliveryParams = z.object({ id: objectId, deliveryId: objectId });
