import "server-only";
import type { NextRequest } from "next/server";
import { z } from "zod";
import type { OpenConnection } from "@/lib/channels/channel";
import { db } from "@/lib/db/client";
import { ApiError } from "@/lib/http/api-error";
import { readBodyText } from "@/lib/http/read-body";
import { receiveInboundMessage } from "@/lib/inbound/receive";
import { inboundMessageInput } from "@/lib/inbound/schemas";
import { reportDelivery } from "@/lib/inbound/status";
import { messengerProfileName } from "./api";
import { isValidMetaSignature } from "./signature";

// Messenger's webhook for one connected Page: the subscription handshake (GET), and events (POST)
// verified with X-Hub-Signature-256 before anything is parsed: messages, delivery and read receipts.

const MAX_BODY = 256 * 1024;

export type MessengerSettings = { pageId: string; verifyToken: string };
export type MessengerSecrets = { pageAccessToken: string; appSecret: string };
type MessengerConnection = OpenConnection<MessengerSettings, MessengerSecrets>;

/** Meta's handshake: echo hub.challenge when hub.verify_token is the connection's; else 403. */
export async function verifySubscription(request: NextRequest, connection: MessengerConnection) {
  const query = request.nextUrl.searchParams;
  if (query.get("hub.mode") !== "subscribe" || query.get("hub.verify_token") !== connection.settings.verifyToken) {
    throw new ApiError("forbidden", "Wrong verify token");
  }
  const challenge = (query.get("hub.challenge") ?? "").slice(0, 200);
  return new Response(challenge, { headers: { "content-type": "text/plain" } });
}

// Page-scoped ids are digits; message ids are visible ASCII. Both go into SQL and, for a person's
// id, into a Graph API path: bounded, and nothing else gets through.
const psid = z.string().regex(/^\d{1,30}$/);
const mid = z.string().regex(/^[\x21-\x7e]{1,200}$/);
// A watermark is a time in milliseconds: a whole number PostgreSQL can hold as a timestamp.
const watermark = z.number().int().min(0).max(8.64e15);

const attachment = z.object({
  type: z.string().max(50),
  payload: z.object({ url: z.string().optional() }).nullish(),
});
const event = z.object({
  sender: z.object({ id: psid }),
  recipient: z.object({ id: psid }),
  message: z
    .object({
      mid,
      text: z.string().optional(),
      is_echo: z.boolean().optional(),
      attachments: z.array(attachment).max(20).optional(),
    })
    .optional(),
  delivery: z.object({ mids: z.array(mid).max(100).optional(), watermark }).optional(),
  read: z.object({ watermark }).optional(),
});
const payload = z.object({
  object: z.literal("page"),
  entry: z.array(z.object({ id: psid, messaging: z.array(event).max(100).default([]) })).max(100),
});

/** Stores each message (once per mid and Page) and applies each receipt; our own echoes are skipped.
 *  403 for a wrong signature, 400 for a body that is not a Page's events. */
export async function receiveMessengerEvents(request: NextRequest, connection: MessengerConnection) {
  const raw = await readBodyText(request, MAX_BODY);
  if (!isValidMetaSignature(request.headers.get("x-hub-signature-256"), raw, connection.secrets.appSecret)) {
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
  const { pageId } = connection.settings;
  // Only this Page's events: another Page's (a misrouted subscription) are not ours to store.
  const events = parsed.data.entry.filter((entry) => entry.id === pageId).flatMap((entry) => entry.messaging);
  for (const item of events) {
    const person = {
      organizationId: connection.organizationId,
      channelType: "facebook",
      address: item.sender.id,
    } as const;
    if (item.message && !item.message.is_echo) await receiveMessage(connection, item.sender.id, item.message);
    if (item.delivery?.mids?.length) {
      await reportDelivery({
        connectionId: connection.id,
        providerMessageIds: item.delivery.mids,
        status: "delivered",
      });
    } else if (item.delivery) {
      const until = new Date(item.delivery.watermark);
      await reportDelivery({ connectionId: connection.id, to: person, until, status: "delivered" });
    }
    if (item.read) {
      const until = new Date(item.read.watermark);
      await reportDelivery({ connectionId: connection.id, to: person, until, status: "read" });
    }
  }
  return new Response("EVENT_RECEIVED", { headers: { "content-type": "text/plain" } });
}

async function receiveMessage(
  connection: MessengerConnection,
  sender: string,
  message: NonNullable<z.output<typeof event>["message"]>,
) {
  const { organizationId } = connection;
  const known = await db.contact.findFirst({ where: { organizationId, facebookId: sender }, select: { id: true } });
  const contactName = known
    ? undefined
    : ((await messengerProfileName(sender, connection.secrets.pageAccessToken)) ?? undefined);
  const parsed = inboundMessageInput.safeParse({
    channelType: "facebook",
    from: sender,
    body: message.text ?? "",
    contactName,
    attachments: (message.attachments ?? [])
      .filter((a) => a.payload?.url)
      .map((a) => ({ url: a.payload?.url, contentType: a.type })),
  });
  // A sticker or a reaction with nothing we can show is skipped, not refused: Meta would retry it.
  if (!parsed.success) return;
  await receiveInboundMessage({
    organizationId,
    connectionId: connection.id,
    inbound: parsed.data,
    providerMessageId: message.mid,
  });
}
