import "server-only";
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { serverKeys } from "@/lib/crypto/server-keys";
import { env } from "@/lib/env";
import type { StoredAttachment } from "./uploads";

// A provider sending our file (Twilio's MediaUrl, Messenger's attachment URL) fetches it from us,
// with no session: it is given a link signed with a key derived from ENCRYPTION_KEY that opens that
// one sent file for an hour (each attempt to send makes new ones). Without the app's public URL
// no provider could reach it, and the message says so.

const LIFETIME_SECONDS = 60 * 60;

/** A file sent with a reply, as the outbox hands it to a channel (lib/channels/channel.ts): `url` a
 *  signed link the provider fetches it from, or (for a channel that does not fetch) our API's. */
export type ProviderFile = {
  name: string;
  contentType: string;
  size: number;
  url: string;
  /** Our stored file's id, for a channel that sends the bytes itself (email). */
  upload?: string;
};

const signingKey = (key: Buffer) => Buffer.from(hkdfSync("sha256", key, "", "inbox-media-url", 32));

const signature = (key: Buffer, id: string, expires: number) =>
  createHmac("sha256", signingKey(key)).update(`${id}.${expires}`).digest("base64url");

/** The message's files for its channel: as links the provider can fetch (when it `fetches`), or
 *  why there can be none. */
export function providerAttachments(stored: unknown, fetches: boolean, now = Date.now()): ProviderFile[] | string {
  const files = (Array.isArray(stored) ? stored : []).filter(
    (a): a is StoredAttachment =>
      typeof a === "object" && a !== null && typeof (a as StoredAttachment).upload === "string",
  );
  if (!fetches || files.length === 0) return files;
  const base = env().NEXTAUTH_URL?.replace(/\/+$/, "");
  if (!base) return "The app's public URL (NEXTAUTH_URL) is not set: the provider could not fetch the attachments";
  const keys = serverKeys("signed links to attachments");
  const expires = Math.floor(now / 1000) + LIFETIME_SECONDS;
  return files.map((file) => ({
    name: file.name,
    contentType: file.contentType,
    size: file.size,
    url: `${base}/api/media/${file.upload}?expires=${expires}&signature=${signature(keys.current.key, file.upload, expires)}`,
  }));
}

/** Whether a link is one we signed for this file and has not expired (under any configured key). */
export function verifyMediaLink(id: string, expires: string | null, given: string | null, now = Date.now()): boolean {
  if (!expires || !given || !/^\d{1,12}$/.test(expires) || Number(expires) * 1000 < now) return false;
  const keys = serverKeys("signed links to attachments");
  const provided = Buffer.from(given);
  return [keys.current, ...keys.previous].some((key) => {
    const expected = Buffer.from(signature(key.key, id, Number(expires)));
    return expected.length === provided.length && timingSafeEqual(expected, provided);
  });
}
