import "server-only";
import type { NextRequest } from "next/server";
import { z } from "zod";
import { connectionForWebhook, type MessengerSecrets, openSecrets } from "@/lib/connections/connections";
import { messengerProfileName } from "@/lib/connections/messenger/api";
import { isValidMetaSignature } from "@/lib/connections/messenger/signature";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";
import { readBodyText } from "@/lib/http/read-body";
import { receiveInboundMessage } from "@/lib/inbound/receive";
import { inboundMessageInput } from "@/lib/inbound/schemas";
import { advanceStatus } from "@/lib/inbound/status";

// Messenger's webhook for one connected Page: the subscription handshake (GET), and events (POST)
// verified with X-Hub-Signature-256 before anything is parsed: messages, delivery and read receipts.

const MAX_BODY = 256 * 1024;

/** Meta's handshake: echo hub.challenge when hub.verify_token is the connection's; else 403. */
export async function verifySubscription(request: NextRequest, params: { key?: unknown }): Promise<Response> {
  const connection = await connectionForWebhook("messenger", params.key);
  if (!connection) throw new ApiError("not_found", "No such Messenger connection");
  const query = request.nextUrl.searchParams;
  const { verifyToken } = connection.settings as { verifyToken: string };
  if (query.get("hub.mode") !== "subscribe" || query.get("hub.verify_token") !== verifyToken) {
    throw new ApiError("forbidden", "Wrong verify token");
  }
  return new Response(query.get("hub.challenge") ?? "", { headers: { "content-type": "text/plain" } });
}

const attachment = z.object({ type: z.string(), payload: z.object({ url: z.string().optional() }).nullish() });
const event = z.object({
  sender: z.object({ id: z.string() }),
  recipient: z.object({ id: z.string() }),
  message: z
    .object({
      mid: z.string(),
      text: z.string().optional(),
      is_echo: z.boolean().optional(),
      attachments: z.array(attachment).optional(),
    })
    .optional(),
  delivery: z.object({ mids: z.array(z.string()).optional(), watermark: z.number() }).optional(),
  read: z.object({ watermark: z.number() }).optional(),
});
const payload = z.object({
  object: z.literal("page"),
  entry: z.array(z.object({ id: z.string(), messaging: z.array(event).default([]) })).max(100),
});

export type MessengerRequest = {
  organizationId: string;
  pageId: string;
  accessToken: string;
  events: z.output<typeof event>[];
};

/** The connection and its events, once the signature over the raw body is right (else 403). */
export async function verifiedMessengerRequest(
  request: NextRequest,
  params: { key?: unknown },
): Promise<MessengerRequest> {
  const connection = await connectionForWebhook("messenger", params.key);
  if (!connection) throw new ApiError("not_found", "No such Messenger connection");
  const raw = await readBodyText(request, MAX_BODY);
  const secrets = openSecrets<MessengerSecrets>(connection);
  if (!isValidMetaSignature(request.headers.get("x-hub-signature-256"), raw, secrets.appSecret)) {
    throw new ApiError("forbidden", "Invalid X-Hub-Signature-256");
  }
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new ApiError("bad_request", "Invalid JSON");
  }
  const parsed = payload.safeParse(body);
  if (!parsed.success) throw new ApiError("bad_request", "Not a Page webhook event");
  const { pageId } = connection.settings as { pageId: string };
  // Only this Page's events: another Page's (a misrouted subscription) are not ours to store.
  const events = parsed.data.entry.filter((entry) => entry.id === pageId).flatMap((entry) => entry.messaging);
  return { organizationId: connection.organizationId, pageId, accessToken: secrets.pageAccessToken, events };
}

/** Stores each message (once per mid) and applies each receipt; our own echoes are skipped. */
export async function handleMessengerEvents({ organizationId, accessToken, events }: MessengerRequest) {
  for (const item of events) {
    const psid = item.sender.id;
    if (item.message && !item.message.is_echo) await receiveMessage(organizationId, accessToken, psid, item.message);
    const toThisPerson = Prisma.sql`c."channelType" = 'facebook' AND c."channelIdentifier" = ${item.sender.id}`;
    if (item.delivery?.mids?.length) {
      const which = Prisma.sql`m."providerMessageId" = ANY(${item.delivery.mids}::text[])`;
      await advanceStatus({ organizationId, which, status: "delivered" });
    } else if (item.delivery) {
      const which = Prisma.sql`${toThisPerson} AND m."createdAt" <= to_timestamp(${item.delivery.watermark / 1000})`;
      await advanceStatus({ organizationId, which, status: "delivered" });
    }
    if (item.read) {
      const which = Prisma.sql`${toThisPerson} AND m."createdAt" <= to_timestamp(${item.read.watermark / 1000})`;
      await advanceStatus({ organizationId, which, status: "read" });
    }
  }
}

async function receiveMessage(
  organizationId: string,
  accessToken: string,
  psid: string,
  message: NonNullable<z.output<typeof event>["message"]>,
) {
  const known = await db.contact.findFirst({ where: { organizationId, facebookId: psid }, select: { id: true } });
  const contactName = known ? undefined : ((await messengerProfileName(psid, accessToken)) ?? undefined);
  const parsed = inboundMessageInput.safeParse({
    channelType: "facebook",
    from: psid,
    body: message.text ?? "",
    contactName,
    attachments: (message.attachments ?? [])
      .filter((a) => a.payload?.url)
      .map((a) => ({ url: a.payload?.url, contentType: a.type })),
  });
  // A sticker or a reaction with nothing we can show is skipped, not refused: Meta would retry it.
  if (!parsed.success) return;
  await receiveInboundMessage({ organizationId, inbound: parsed.data, providerMessageId: message.mid });
}
