import "server-only";
import type { CheckResult, SendOutcome } from "@/lib/channels/channel";
import { unreachable } from "@/lib/channels/unreachable";
import { env } from "@/lib/env";

// Twilio's REST API, as documented (https://www.twilio.com/docs/usage/api): HTTP Basic auth with
// the Account SID and Auth Token, form-encoded requests, JSON answers with `code` and `message` on
// errors. TWILIO_API_BASE points tests at a fake Twilio.

const basicAuth = (accountSid: string, authToken: string) =>
  `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString("base64")}`;

/** Whether the credentials open the account: its status, or Twilio's reason when they do not. */
export async function checkTwilioAccount(accountSid: string, authToken: string): Promise<CheckResult> {
  const url = `${env().TWILIO_API_BASE}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}.json`;
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { authorization: basicAuth(accountSid, authToken) },
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    return { ok: false, message: unreachable("Twilio", error) };
  }
  const body = (await response.json().catch(() => ({}))) as { status?: string; message?: string; code?: number };
  if (!response.ok) {
    return {
      ok: false,
      refused: response.status === 401 || response.status === 403 || response.status === 404,
      message: `Twilio refused: ${body.message ?? response.statusText} (${body.code ?? response.status})`,
    };
  }
  if (body.status !== "active") return { ok: false, message: `The Twilio account is ${body.status ?? "not active"}` };
  return { ok: true, message: "Twilio account is active" };
}

export type TwilioAccount = {
  accountSid: string;
  authToken: string;
  fromNumber?: string;
  messagingServiceSid?: string;
};

const messagesUrl = (accountSid: string) =>
  `${env().TWILIO_API_BASE}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`;

/**
 * Creates a message (POST …/Messages.json: To, From or MessagingServiceSid, Body, a MediaUrl per
 * file (an MMS; Twilio fetches each), StatusCallback).
 * A 4xx other than 429 is Twilio refusing this message (a bad number, an opted-out recipient):
 * sending it again would not help. A 429, a 5xx or no answer may pass.
 */
export async function sendTwilioMessage(
  account: TwilioAccount,
  message: { to: string; body: string; mediaUrls: string[]; statusCallback?: string },
): Promise<SendOutcome> {
  const form = new URLSearchParams({ To: message.to });
  if (message.body) form.set("Body", message.body);
  for (const url of message.mediaUrls) form.append("MediaUrl", url);
  if (account.messagingServiceSid) form.set("MessagingServiceSid", account.messagingServiceSid);
  else form.set("From", account.fromNumber ?? "");
  if (message.statusCallback) form.set("StatusCallback", message.statusCallback);
  let response: Response;
  try {
    response = await fetch(messagesUrl(account.accountSid), {
      method: "POST",
      headers: {
        authorization: basicAuth(account.accountSid, account.authToken),
        "content-type": "application/x-www-form-urlencoded",
      },
      body: form,
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    return { kind: "unavailable", reason: unreachable("Twilio", error) };
  }
  const body = (await response.json().catch(() => ({}))) as { sid?: string; message?: string; code?: number };
  if (response.ok && body.sid) return { kind: "accepted", providerMessageId: body.sid };
  const reason = `${body.message ?? response.statusText}${body.code ? ` (Twilio error ${body.code})` : ""}`;
  const permanent = response.status >= 400 && response.status < 500 && response.status !== 429;
  return permanent ? { kind: "refused", reason } : { kind: "unavailable", reason };
}

/**
 * A message Twilio already took from us: the newest to `to` with this body and number of media
 * created at or after `since` (GET …/Messages.json filtered by To, From and DateSent, newest first). How an attempt cut
 * short by a crash is settled without sending twice. Throws when Twilio cannot say.
 */
export async function findTwilioMessage(
  account: TwilioAccount,
  query: { to: string; body: string; media: number; since: Date },
) {
  const url = new URL(messagesUrl(account.accountSid));
  url.searchParams.set("To", query.to);
  if (!account.messagingServiceSid && account.fromNumber) url.searchParams.set("From", account.fromNumber);
  url.searchParams.set("DateSent>", query.since.toISOString().slice(0, 10));
  url.searchParams.set("PageSize", "50");
  const response = await fetch(url, {
    headers: { authorization: basicAuth(account.accountSid, account.authToken) },
    signal: AbortSignal.timeout(15_000),
  }).catch((error) => {
    throw new Error(unreachable("Twilio", error));
  });
  if (!response.ok) throw new Error(`Twilio could not list messages (${response.status})`);
  const { messages = [] } = (await response.json()) as {
    messages?: { sid: string; body: string; num_media?: string; date_created: string }[];
  };
  // date_created has whole seconds; the attempt began at most a moment before Twilio took it.
  const earliest = query.since.getTime() - 1000;
  return (
    messages.find(
      (m) =>
        m.body === query.body && Number(m.num_media ?? 0) === query.media && Date.parse(m.date_created) >= earliest,
    )?.sid ?? null
  );
}
