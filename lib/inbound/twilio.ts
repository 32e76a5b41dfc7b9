import "server-only";
import type { NextRequest } from "next/server";
import { connectionForWebhook, openSecrets, type TwilioSecrets } from "@/lib/connections/connections";
import { isValidTwilioSignature } from "@/lib/connections/twilio/signature";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";
import { readBodyText } from "@/lib/http/read-body";
import { expectedOrigin } from "@/lib/http/same-site";
import { receiveInboundMessage } from "@/lib/inbound/receive";
import { inboundMessageInput } from "@/lib/inbound/schemas";
import { advanceStatus } from "@/lib/inbound/status";

// Twilio's webhooks for one connection: an incoming SMS/MMS, and status callbacks of the messages we
// sent. Each request is verified with its X-Twilio-Signature before anything is read or written.

const MAX_BODY = 64 * 1024;

export type TwilioRequest = { organizationId: string; params: URLSearchParams };

/**
 * The connection the URL names and the request's parameters, once the signature is right: 404 for
 * no such (enabled) connection, 403 for a missing or wrong signature. The signed URL is the public
 * one (NEXTAUTH_URL, or the proxy's host when TRUST_PROXY), as Twilio requested it, not the one a
 * proxy forwarded to us.
 */
export async function verifiedTwilioRequest(request: NextRequest, route: { key?: unknown }): Promise<TwilioRequest> {
  const connection = await connectionForWebhook("twilio", route.key);
  if (!connection) throw new ApiError("not_found", "No such Twilio connection");
  const params = new URLSearchParams(await readBodyText(request, MAX_BODY));
  const url = new URL(request.nextUrl.pathname + request.nextUrl.search, expectedOrigin(request)).toString();
  const { authToken } = openSecrets<TwilioSecrets>(connection);
  if (!isValidTwilioSignature(request.headers.get("x-twilio-signature"), url, params, authToken)) {
    throw new ApiError("forbidden", "Invalid Twilio signature");
  }
  return { organizationId: connection.organizationId, params };
}

/** An incoming SMS or MMS: stored once per MessageSid, media as attachments. */
export async function receiveTwilioMessage({ organizationId, params }: TwilioRequest) {
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
  const sid = params.get("MessageSid") ?? params.get("SmsSid") ?? undefined;
  return receiveInboundMessage({ organizationId, inbound: parsed.data, providerMessageId: sid });
}

// Twilio's message statuses, as ours; the rest (accepted, sending, …) change nothing.
const statuses: Record<string, "sent" | "delivered" | "read" | "failed"> = {
  sent: "sent",
  delivered: "delivered",
  read: "read",
  undelivered: "failed",
  failed: "failed",
};

/**
 * A status callback for a message we sent. Never moves a status backwards (a late "sent" after
 * "delivered"), and only touches a message of this connection's organization.
 */
export async function applyTwilioStatus({ organizationId, params }: TwilioRequest) {
  const sid = params.get("MessageSid");
  const status = statuses[params.get("MessageStatus") ?? ""];
  if (!sid || !status) return;
  const code = params.get("ErrorCode");
  const failureReason = `${params.get("MessageStatus") === "undelivered" ? "Undelivered" : "Failed"}${code ? ` (Twilio error ${code})` : ""}`;
  await advanceStatus({ organizationId, which: Prisma.sql`m."providerMessageId" = ${sid}`, status, failureReason });
}

/** What Twilio expects back from a message webhook: TwiML that does nothing more. */
export const emptyTwiml = () =>
  new Response('<?xml version="1.0" encoding="UTF-8"?><Response></Response>', {
    headers: { "content-type": "text/xml; charset=utf-8" },
  });
