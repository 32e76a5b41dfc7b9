import "server-only";
import { env } from "@/lib/env";

// Twilio's REST API, as documented (https://www.twilio.com/docs/usage/api): HTTP Basic auth with
// the Account SID and Auth Token, form-encoded requests, JSON answers with `code` and `message` on
// errors. TWILIO_API_BASE points tests at a fake Twilio.

const basicAuth = (accountSid: string, authToken: string) =>
  `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString("base64")}`;

/** Whether the credentials open the account: its status, or Twilio's reason when they do not. */
export async function checkTwilioAccount(accountSid: string, authToken: string) {
  const url = `${env().TWILIO_API_BASE}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}.json`;
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { authorization: basicAuth(accountSid, authToken) },
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    return { ok: false as const, message: `Twilio could not be reached: ${(error as Error).message}` };
  }
  const body = (await response.json().catch(() => ({}))) as { status?: string; message?: string; code?: number };
  if (!response.ok) {
    return {
      ok: false as const,
      message: `Twilio refused: ${body.message ?? response.statusText} (${body.code ?? response.status})`,
    };
  }
  return { ok: body.status === "active", message: `Twilio account is ${body.status ?? "unknown"}` };
}
