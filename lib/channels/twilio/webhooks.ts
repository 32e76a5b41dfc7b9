import "server-only";
import type { NextRequest } from "next/server";
import { z } from "zod";
import type { OpenConnection } from "@/lib/channels/channel";
import { ApiError } from "@/lib/http/api-error";
import { readBodyText } from "@/lib/http/read-body";
import { expectedOrigin } from "@/lib/http/same-site";
import { receiveInboundMessage } from "@/lib/inbound/receive";
import { inboundMessageInput } from "@/lib/inbound/schemas";
import { type DeliveryReport, reportDelivery } from "@/lib/inbound/status";
import { isValidTwilioSignature } from "./signature";

// Twilio's webhooks for one connection: an incoming SMS/MMS, and status callbacks of the messages we
// sent. Each request is verified with its X-Twilio-Signature before anything is read or written.

const MAX_BODY = 64 * 1024;

type TwilioConnection = OpenConnection<unknown, { authToken: string }>;

/** A message's id as Twilio makes them: SM (or MM for MMS) and 32 hexadecimal digits. */
const messageSid = z.string().regex(/^(SM|MM)[0-9a-f]{32}$/, "must be a Twilio MessageSid");

/**
 * The request's parameters, once its signature is right (else 403). The signed URL is the public
 * one (NEXTAUTH_URL, or the proxy's host when TRUST_PROXY), as Twilio requested it, not the one a
 * proxy forwarded to us.
 */
async function verifiedParams(request: NextRequest, connection: TwilioConnection): Promise<URLSearchParams> {
  const params = new URLSearchParams(await readBodyText(request, MAX_BODY));
  const url = new URL(request.nextUrl.pathname + request.nextUrl.search, expectedOrigin(request)).toString();
  const signature = request.headers.get("x-twilio-signature");
  if (!isValidTwilioSignature(signature, url, params, connection.secrets.authToken)) {
    throw new ApiError("forbidden", "Invalid Twilio signature");
  }
  return params;
}

function sidOf(params: URLSearchParams): string {
  const parsed = messageSid.safeParse(params.get("MessageSid") ?? params.get("SmsSid"));
  if (!parsed.success) throw new ApiError("bad_request", "MessageSid: must be a Twilio MessageSid");
  return parsed.data;
}

/** An incoming SMS or MMS: stored once per MessageSid and connection, media as attachments. */
export async function receiveTwilioMessage(request: NextRequest, connection: TwilioConnection) {
  const params = await verifiedParams(request, connection);
  const providerMessageId = sidOf(params);
  const media = Array.from({ length: Math.min(Number(params.get("NumMedia")) || 0, 10) }, (_, i) => ({
    url: params.get(`MediaUrl${i}`) ?? "",
    contentType: params.get(`MediaContentType${i}`) ?? undefined,
  }));
  const parsed = inboundMessageInput.safeParse({
    channelType: "sms",
    from: params.get("From") ?? "",
    body: params.get("Body") ?? "",
    attachments: media,
  });
  if (!parsed.success) throw new ApiError("bad_request", parsed.error.issues[0]?.message ?? "Invalid message");
  await receiveInboundMessage({
    organizationId: connection.organizationId,
    connectionId: connection.id,
    inbound: parsed.data,
    providerMessageId,
  });
  // What Twilio expects back: TwiML that does nothing more.
  return new Response('<?xml version="1.0" encoding="UTF-8"?><Response></Response>', {
    headers: { "content-type": "text/xml; charset=utf-8" },
  });
}

// Twilio's message statuses, as ours; the rest (accepted, sending, …) change nothing.
const statuses: Record<string, DeliveryReport["status"]> = {
  sent: "sent",
  delivered: "delivered",
  read: "read",
  undelivered: "failed",
  failed: "failed",
};

/** A status callback for a message this connection sent (lib/inbound/status.ts says what moves). */
export async function applyTwilioStatus(request: NextRequest, connection: TwilioConnection) {
  const params = await verifiedParams(request, connection);
  const sid = sidOf(params);
  const status = statuses[params.get("MessageStatus") ?? ""];
  if (status) {
    const code = params.get("ErrorCode")?.replace(/\D/g, "").slice(0, 10);
    const failureReason = `${params.get("MessageStatus") === "undelivered" ? "Undelivered" : "Failed"}${code ? ` (Twilio error ${code})` : ""}`;
    await reportDelivery({ connectionId: connection.id, providerMessageIds: [sid], status, failureReason });
  }
  return new Response(null, { status: 204 });
}
