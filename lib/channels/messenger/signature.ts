import { createHmac, timingSafeEqual } from "node:crypto";

// Meta signs each webhook POST: X-Hub-Signature-256 is "sha256=" and the hex HMAC-SHA256 of the raw
// request body, keyed with the App Secret.
// https://developers.facebook.com/docs/messenger-platform/webhooks#validate-payloads

export const metaSignature = (rawBody: string, appSecret: string) =>
  `sha256=${createHmac("sha256", appSecret).update(rawBody, "utf8").digest("hex")}`;

export function isValidMetaSignature(header: string | null, rawBody: string, appSecret: string): boolean {
  if (!header) return false;
  const expected = Buffer.from(metaSignature(rawBody, appSecret));
  const given = Buffer.from(header);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
