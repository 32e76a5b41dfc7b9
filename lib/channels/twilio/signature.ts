import { createHmac, timingSafeEqual } from "node:crypto";

// Twilio signs each webhook request (X-Twilio-Signature): HMAC-SHA1, keyed with the account's Auth
// Token, of the full URL Twilio requested (scheme, host, path and query, exactly as configured)
// followed by every POST parameter's name and value, sorted by name, with nothing between them;
// base64. https://www.twilio.com/docs/usage/security#validating-requests

export function twilioSignature(url: string, params: URLSearchParams, authToken: string): string {
  const names = [...new Set(params.keys())].sort();
  // A repeated parameter contributes each of its values, in order, under its name.
  const data = names.reduce(
    (text, name) =>
      text +
      params
        .getAll(name)
        .map((value) => name + value)
        .join(""),
    url,
  );
  return createHmac("sha1", authToken).update(data, "utf8").digest("base64");
}

export function isValidTwilioSignature(
  signature: string | null,
  url: string,
  params: URLSearchParams,
  authToken: string,
): boolean {
  if (!signature) return false;
  const expected = Buffer.from(twilioSignature(url, params, authToken));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
