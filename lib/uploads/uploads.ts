import "server-only";
import { fileTypeFromBuffer } from "file-type";
import { z } from "zod";
import type { Viewer } from "@/lib/auth/viewer";
import { readableConversationSql } from "@/lib/conversations/access";
import { query } from "@/lib/db/sql";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";
import { storage } from "@/lib/storage/storage";

// Files people send (a webchat visitor's images): their type is read from their bytes, never from
// what the client says; they are kept by the storage (lib/storage) under ids we make; and each is
// served only to the visitor who sent it and to the people who may read its conversation.

/** Images a browser shows and nothing runs in (no SVG: it can carry script). */
const IMAGES = new Map([
  ["image/png", "png"],
  ["image/jpeg", "jpg"],
  ["image/gif", "gif"],
  ["image/webp", "webp"],
]);
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export const uploadJsonSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  contentType: z.string(),
  size: z.number().int(),
});
export type UploadJson = z.infer<typeof uploadJsonSchema>;
/** How a message keeps an upload among its attachments (`url` for the agents' API). */
export type StoredAttachment = { url: string; name: string; contentType: string; size: number; upload: string };

/** A file name fit to show and to put in a header: no paths, no control characters, bounded. */
function cleanName(given: string | null, extension: string): string {
  const base = (given ?? "").split(/[/\\]/).at(-1) ?? "";
  const name = base
    .replace(/[\p{Cc}"]/gu, "")
    .trim()
    .slice(0, 120);
  return name || `image.${extension}`;
}

/** Keeps an image a visitor sent; refused (415) unless its bytes are a PNG, JPEG, GIF or WebP. */
export async function saveVisitorUpload(options: {
  organizationId: string;
  connectionId: string;
  visitor: string;
  name: string | null;
  bytes: Uint8Array;
}): Promise<UploadJson> {
  const { organizationId, connectionId, visitor, bytes } = options;
  if (bytes.byteLength === 0) throw new ApiError("bad_request", "The file is empty");
  const sniffed = await fileTypeFromBuffer(bytes);
  const extension = sniffed && IMAGES.get(sniffed.mime);
  if (!sniffed || !extension) {
    throw new ApiError("unsupported_media_type", "Only images can be sent: PNG, JPEG, GIF or WebP");
  }
  const [row] = await query<{ id: string }>(Prisma.sql`SELECT object_id() AS id`);
  const id = (row as { id: string }).id;
  const storageKey = `${organizationId}/${id}`;
  // The bytes first: a crash before the row leaves a file nothing names, never a row without bytes.
  await storage().put(storageKey, bytes);
  const name = cleanName(options.name, extension);
  await query(Prisma.sql`
    INSERT INTO "Upload" (id, "organizationId", "connectionId", visitor, "storageKey", name, "contentType", size)
    VALUES (${id}, ${organizationId}, ${connectionId}, ${visitor}, ${storageKey}, ${name}, ${sniffed.mime}, ${bytes.byteLength})`);
  return { id, name, contentType: sniffed.mime, size: bytes.byteLength };
}

/** How a message keeps an upload: `url` is where the agents' API serves it. */
export function attachmentOf(upload: UploadJson): StoredAttachment {
  const base = (env().NEXTAUTH_URL ?? "").replace(/\/+$/, "");
  const { id, name, contentType, size } = upload;
  return { url: `${base}/api/attachments/${id}`, name, contentType, size, upload: id };
}

type Found = { storageKey: string; name: string; contentType: string };

async function bytesOf(found: Found | undefined) {
  const bytes = found && (await storage().get(found.storageKey));
  if (!found || !bytes) throw new ApiError("not_found", "Attachment not found");
  return { bytes, name: found.name, contentType: found.contentType };
}

/** An upload the visitor sent themselves. */
export async function visitorUpload(visitor: string, id: string) {
  const [found] = await query<Found>(Prisma.sql`
    SELECT "storageKey", name, "contentType" FROM "Upload" WHERE id = ${id} AND visitor = ${visitor}`);
  return bytesOf(found);
}

/** An upload in a conversation the viewer may read. */
export async function viewerUpload(viewer: Viewer, id: string) {
  const [found] = await query<Found>(Prisma.sql`
    SELECT f."storageKey", f.name, f."contentType" FROM "Upload" f JOIN "Conversation" c ON c.id = f."conversationId"
    WHERE f.id = ${id} AND ${readableConversationSql(viewer)}`);
  return bytesOf(found);
}

/** An upload's bytes as an answer: shown inline, never sniffed as anything else, never run. */
export function uploadResponse(file: { bytes: Uint8Array; name: string; contentType: string }) {
  return new Response(file.bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      "content-type": file.contentType,
      "content-length": String(file.bytes.byteLength),
      "content-disposition": `inline; filename="${file.name.replace(/[^\x20-\x7e]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      "content-security-policy": "default-src 'none'; sandbox",
      "x-content-type-options": "nosniff",
      "cache-control": "private, max-age=3600",
    },
  });
}
