import { z } from "zod";
import { channels } from "@/lib/channels/registry";
import {
  messageInput,
  pageInput,
  sessionInput,
  visitorSessionSchema,
  widgetConfigSchema,
} from "@/lib/channels/webchat/api";
import { visitorMessageSchema } from "@/lib/channels/webchat/visitor-json";
import { connectionJsonSchema } from "@/lib/connections/json";
import { connectInput, connectionChangeInput } from "@/lib/connections/schemas";
import { receivedMessageSchema } from "@/lib/inbound/receive";
import { inboundMessageInput } from "@/lib/inbound/schemas";
import { dataOf, messageAnswerSchema, type Operation } from "@/lib/openapi/operation";
import { beforeQuery, channelType, idParams } from "@/lib/schemas";
import { mediaLinkQuery } from "@/lib/uploads/schemas";
import { uploadJsonSchema } from "@/lib/uploads/uploads";
import { deliveriesPageSchema, endpointWithSecretSchema, webhookEndpointJsonSchema } from "@/lib/webhooks/endpoints";
import { deliveryParams, updateWebhookEndpointInput, webhookEndpointInput } from "@/lib/webhooks/schemas";

// Channels and what comes through them (providers' webhooks, the inbound-message webhook, the
// webchat widget's visitor endpoints), integrators' outbound webhooks, files, and the operators'
// probes.

const Connection = connectionJsonSchema.meta({ id: "ChannelConnection" });
const WebhookEndpoint = webhookEndpointJsonSchema.meta({ id: "WebhookEndpoint" });
const VisitorMessage = visitorMessageSchema.meta({ id: "VisitorMessage" });

const data = dataOf;
const admins = "Admins.";
const widgetKey = z.object({ key: z.string().meta({ description: "The widget's public id (its snippet names it)." }) });
const uploadId = widgetKey.extend({ id: z.string() });
const bytes = z.string().meta({ format: "binary" });

/** Every provider's webhooks, as each channel declares them (lib/channels/<provider>/): the URLs
 *  Settings → Channels shows for a connection. Each verifies the provider's signature itself. */
const providerWebhooks: Operation[] = Object.entries(channels).flatMap(([provider, channel]) =>
  Object.entries(channel.webhooks).flatMap(([name, webhook]) =>
    Object.keys(webhook.handlers).map(
      (verb): Operation => ({
        method: verb.toLowerCase() as Operation["method"],
        path: `/api/webhooks/${provider}/{key}${webhook.path ? `/${webhook.path}` : ""}`,
        operationId: `${provider}${name[0]?.toUpperCase()}${name.slice(1)}${verb === "GET" ? "Verify" : ""}`,
        tag: "Provider webhooks",
        summary: `${channel.label}: ${name}`,
        description: `Called by ${channel.label} with its own signature, at the URL Settings → Channels shows.`,
        caller: "provider",
        params: z.object({ key: z.string().meta({ description: "The connection's webhook key." }) }),
        answers: {
          200: { description: `What ${channel.label} expects.`, contentType: "*/*" },
          204: { description: "Taken; nothing to answer." },
        },
        errors: [401, 403, 404, 429, 503],
      }),
    ),
  ),
);

const widget = { tag: "Webchat widget", caller: "visitor", params: widgetKey } as const;

export const integrationOperations: Operation[] = [
  {
    method: "get",
    path: "/api/channels",
    operationId: "listChannelConnections",
    tag: "Channels",
    summary: "Channel connections",
    description: `${admins} Secrets go in and never come back out.`,
    caller: "user",
    answers: { 200: { description: "Them.", schema: z.strictObject({ channels: z.array(Connection) }) } },
    errors: [403],
  },
  {
    method: "post",
    path: "/api/channels",
    operationId: "connectChannel",
    tag: "Channels",
    summary: "Connect a channel",
    description: `${admins} The provider's settings and secrets, checked with the provider first.`,
    caller: "user",
    body: connectInput,
    answers: { 201: { description: "Connected.", schema: data(Connection) } },
    errors: [403, 409, 502, 503],
  },
  {
    method: "patch",
    path: "/api/channels/{id}",
    operationId: "changeChannel",
    tag: "Channels",
    summary: "Rename, disable / enable, or replace a secret",
    description: admins,
    caller: "user",
    params: idParams,
    body: connectionChangeInput,
    answers: { 200: { description: "It.", schema: data(Connection) } },
    errors: [403, 409, 502, 503],
  },
  {
    method: "delete",
    path: "/api/channels/{id}",
    operationId: "removeChannel",
    tag: "Channels",
    summary: "Remove a channel connection",
    description: admins,
    caller: "user",
    params: idParams,
    answers: { 200: { description: "Removed.", schema: messageAnswerSchema } },
    errors: [403],
  },
  {
    method: "post",
    path: "/api/channels/{id}/test",
    operationId: "testChannel",
    tag: "Channels",
    summary: "Try a connection's credentials with its provider",
    description: admins,
    caller: "user",
    params: idParams,
    answers: { 200: { description: "How it went.", schema: z.strictObject({ ok: z.boolean(), message: z.string() }) } },
    errors: [403, 503],
  },
  {
    method: "get",
    path: "/api/channels/connected",
    operationId: "connectedChannels",
    tag: "Channels",
    summary: "Which channels have a provider connected",
    caller: "user",
    answers: { 200: { description: "Channel types.", schema: z.strictObject({ connected: z.array(channelType) }) } },
  },
  {
    method: "post",
    path: "/api/webhooks/inbound",
    operationId: "receiveInboundMessage",
    tag: "Inbound",
    summary: "A contact's message, from a provider of your own",
    description: "`Authorization: Bearer` the organization's inbound secret.",
    caller: "inbound",
    body: inboundMessageInput,
    answers: { 201: { description: "Stored.", schema: data(receivedMessageSchema) } },
    errors: [409],
  },
  {
    method: "get",
    path: "/api/webhooks/endpoints",
    operationId: "listWebhookEndpoints",
    tag: "Webhooks",
    summary: "Outbound webhook endpoints",
    description: admins,
    caller: "user",
    answers: { 200: { description: "Them.", schema: z.strictObject({ endpoints: z.array(WebhookEndpoint) }) } },
    errors: [403],
  },
  {
    method: "post",
    path: "/api/webhooks/endpoints",
    operationId: "createWebhookEndpoint",
    tag: "Webhooks",
    summary: "Add an endpoint",
    description: `${admins} Its signing secret (\`whsec_…\`) is in this answer only; deliveries are signed as Standard Webhooks.`,
    caller: "user",
    body: webhookEndpointInput,
    answers: { 200: { description: "It, with its secret.", schema: endpointWithSecretSchema } },
    errors: [403, 409, 503],
  },
  {
    method: "patch",
    path: "/api/webhooks/endpoints/{id}",
    operationId: "updateWebhookEndpoint",
    tag: "Webhooks",
    summary: "Change an endpoint",
    description: `${admins} Turning it on again forgets its failures.`,
    caller: "user",
    params: idParams,
    body: updateWebhookEndpointInput,
    answers: { 200: { description: "It.", schema: data(WebhookEndpoint) } },
    errors: [403],
  },
  {
    method: "delete",
    path: "/api/webhooks/endpoints/{id}",
    operationId: "deleteWebhookEndpoint",
    tag: "Webhooks",
    summary: "Delete an endpoint",
    description: admins,
    caller: "user",
    params: idParams,
    answers: { 200: { description: "Deleted.", schema: messageAnswerSchema } },
    errors: [403],
  },
  {
    method: "post",
    path: "/api/webhooks/endpoints/{id}/secret",
    operationId: "rotateWebhookEndpointSecret",
    tag: "Webhooks",
    summary: "A new signing secret",
    description: `${admins} The one before keeps signing, as a second signature, for 24 hours.`,
    caller: "user",
    params: idParams,
    answers: { 200: { description: "It, with the new secret this once.", schema: endpointWithSecretSchema } },
    errors: [403, 503],
  },
  {
    method: "get",
    path: "/api/webhooks/endpoints/{id}/deliveries",
    operationId: "listWebhookDeliveries",
    tag: "Webhooks",
    summary: "An endpoint's delivery log",
    description: `${admins} Newest first, 50 a page, each with its latest attempts.`,
    caller: "user",
    params: idParams,
    query: beforeQuery,
    answers: { 200: { description: "A page.", schema: deliveriesPageSchema } },
    errors: [403],
  },
  {
    method: "post",
    path: "/api/webhooks/endpoints/{id}/deliveries/{deliveryId}/replay",
    operationId: "replayWebhookDelivery",
    tag: "Webhooks",
    summary: "Send a delivery again",
    description: `${admins} The same body and webhook-id, signed now.`,
    caller: "user",
    params: deliveryParams,
    answers: { 200: { description: "Queued.", schema: messageAnswerSchema } },
    errors: [403, 409],
  },
  ...providerWebhooks,
  {
    method: "get",
    path: "/api/attachments/{id}",
    operationId: "getAttachment",
    tag: "Messages",
    summary: "A file in a conversation",
    description: "For whoever may read that conversation; sent with nosniff and a sandboxing policy.",
    caller: "user",
    params: idParams,
    answers: { 200: { description: "The file's bytes.", contentType: "application/octet-stream", schema: bytes } },
  },
  {
    method: "get",
    path: "/api/media/{id}",
    operationId: "getSentMedia",
    tag: "Messages",
    summary: "A sent file, for the provider carrying it",
    description:
      "The signed link a provider is given to fetch a reply's file (Twilio's MediaUrl, Messenger's attachment URL): `expires` and `signature` are the credential, for an hour. Also answers HEAD.",
    caller: "public",
    params: idParams,
    query: mediaLinkQuery,
    answers: { 200: { description: "The file's bytes.", contentType: "application/octet-stream", schema: bytes } },
    errors: [503],
  },
  {
    ...widget,
    method: "get",
    path: "/api/widget/{key}/config",
    operationId: "widgetConfig",
    summary: "What the widget shows",
    caller: "public",
    answers: { 200: { description: "Its settings, and whether someone answers now.", schema: widgetConfigSchema } },
    errors: [403, 429],
  },
  {
    ...widget,
    method: "post",
    path: "/api/widget/{key}/session",
    operationId: "widgetSession",
    summary: "Start or resume a visitor",
    description: "From the website's identity token, the token this browser kept, or anew.",
    caller: "public",
    body: sessionInput,
    answers: { 200: { description: "The visitor's token.", schema: visitorSessionSchema } },
    errors: [401, 403, 429],
  },
  {
    ...widget,
    method: "get",
    path: "/api/widget/{key}/messages",
    operationId: "widgetMessages",
    summary: "The visitor's conversation",
    query: pageInput,
    answers: {
      200: {
        description: "A page, oldest first.",
        schema: z.strictObject({
          messages: z.array(VisitorMessage),
          hasMore: z.boolean(),
          seenUntil: z.string().nullable(),
        }),
      },
    },
    errors: [403, 429],
  },
  {
    ...widget,
    method: "post",
    path: "/api/widget/{key}/messages",
    operationId: "widgetSendMessage",
    summary: "The visitor writes",
    body: messageInput,
    answers: { 201: { description: "The message.", schema: data(VisitorMessage) } },
    errors: [403, 409, 429],
  },
  {
    ...widget,
    method: "post",
    path: "/api/widget/{key}/uploads",
    operationId: "widgetUpload",
    summary: "The visitor uploads an image (`?name=` its file name)",
    body: bytes,
    bodyType: "application/octet-stream",
    answers: { 201: { description: "Stored, to attach to a message.", schema: data(uploadJsonSchema) } },
    errors: [403, 415, 429],
  },
  {
    ...widget,
    method: "get",
    path: "/api/widget/{key}/uploads/{id}",
    operationId: "widgetReadUpload",
    summary: "An image of the visitor's conversation",
    params: uploadId,
    answers: { 200: { description: "The image's bytes.", contentType: "application/octet-stream", schema: bytes } },
    errors: [403, 429],
  },
  {
    ...widget,
    method: "post",
    path: "/api/widget/{key}/read",
    operationId: "widgetRead",
    summary: "The visitor has read the conversation",
    answers: { 200: { description: "Noted.", schema: messageAnswerSchema } },
    errors: [403, 429],
  },
  {
    ...widget,
    method: "get",
    path: "/api/widget/{key}/events",
    operationId: "widgetEvents",
    summary: "The visitor's live events (server-sent events)",
    answers: { 200: { description: "An event stream.", contentType: "text/event-stream" } },
    errors: [403, 429, 503],
  },
  {
    method: "get",
    path: "/api/health",
    operationId: "health",
    tag: "Operations",
    summary: "Liveness",
    caller: "public",
    answers: { 200: { description: "Up.", schema: z.strictObject({ status: z.literal("ok") }) } },
  },
  {
    method: "get",
    path: "/api/ready",
    operationId: "ready",
    tag: "Operations",
    summary: "Readiness: the database answers and is migrated",
    caller: "public",
    answers: {
      200: { description: "Ready.", schema: z.strictObject({ status: z.literal("ready") }) },
      503: { description: "Not ready.", schema: z.strictObject({ status: z.literal("unavailable") }) },
    },
  },
  {
    method: "get",
    path: "/api/openapi.json",
    operationId: "openApiDocument",
    tag: "Operations",
    summary: "This document",
    caller: "public",
    answers: {
      200: { description: "OpenAPI 3.1.", contentType: "application/json", schema: z.record(z.string(), z.unknown()) },
    },
  },
];
