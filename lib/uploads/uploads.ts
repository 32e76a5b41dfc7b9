import "server-only";
import { fileTypeFromBuffer } from "file-type";
import type { NextRequest } from "next/server";
import { z } from "zod";
import type { Viewer } from "@/lib/auth/viewer";
import { type ChannelType, channelLabels } from "@/lib/channel-types";
import { accessibleConversationSql, conversationNotFound, readableConversationSql } from "@/lib/conversations/access";
import { type Queryable, query } from "@/lib/db/sql";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";
import { inFlightLimit } from "@/lib/http/in-flight";
import { readBodyBytes } from "@/lib/http/read-body";
import { limitKey, reserve } from "@/lib/limits/rate-limit";
import { storage } from "@/lib/storage/storage";
import {
  type AttachmentLimits,
  attachmentLimits,
  formatBytes,
  isImage,
  MAX_ATTACHMENT_BYTES,
  typeNames,
  visitorUploadLimits,
} from "./limits";

// Files people send: a webchat visitor's images, an agent's files in a reply, a canned reply's
// files. Their type is read from their bytes, never from what the client says; they are kept by
// the storage (lib/storage) under ids we make; and each is served only to those who may read it:
// the visitor who sent it, the people who may read its conversation once it is sent (before that,
// its uploader), the people who see its canned reply.

export const MAX_UPLOAD_BYTES = visitorUploadLimits.maxFileBytes;

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
export function cleanName(given: string | null, extension: string): string {
  const base = (given ?? "").split(/[/\\]/).at(-1) ?? "";
  const name = base
    .replace(/[\p{Cc}\p{Cf}"]/gu, "")
    .trim()
    .slice(0, 120);
  return name && name !== "." && name !== ".." ? name : `file.${extension}`;
}

/** The name a request gives in `?name=`, when it is one we can keep. */
export const requestedName = (url: URL) => {
  const name = url.searchParams.get("name");
  return name && name.length <= 300 && name.isWellFormed() ? name : null;
};

/** The type of `bytes`, when it is one `limits` takes; else a 400 or 415 saying what is taken. */
async function sniff(bytes: Uint8Array, limits: AttachmentLimits, where: string) {
  if (bytes.byteLength === 0) throw new ApiError("bad_request", "The file is empty");
  if (bytes.byteLength > limits.maxFileBytes) {
    throw new ApiError("payload_too_large", `${where} takes files up to ${formatBytes(limits.maxFileBytes)}`);
  }
  const sniffed = await fileTypeFromBuffer(bytes);
  if (!sniffed || !limits.types.includes(sniffed.mime)) {
    throw new ApiError("unsupported_media_type", `${where} takes only ${typeNames(limits)} files`);
  }
  return sniffed;
}

/** Where a file's bytes are kept: under its organization, by its id. */
const storageKeyOf = (organizationId: string, uploadId: string) => `${organizationId}/${uploadId}`;

type Owner = {
  organizationId: string;
  connectionId?: string;
  visitor?: string;
  conversationId?: string;
  userId?: string;
  cannedReplyId?: string;
};

/** Keeps `bytes` under a new id; the bytes first: a crash before the row leaves a file nothing
 *  names, never a row without bytes. */
async function store(owner: Owner, file: { name: string; contentType: string; bytes: Uint8Array }, tx?: Queryable) {
  const [row] = await query<{ id: string }>(Prisma.sql`SELECT object_id() AS id`, tx);
  const id = (row as { id: string }).id;
  const storageKey = storageKeyOf(owner.organizationId, id);
  await storage().put(storageKey, file.bytes);
  await query(
    Prisma.sql`
      INSERT INTO "Upload" (id, "organizationId", "connectionId", visitor, "conversationId", "userId", "cannedReplyId",
                            "storageKey", name, "contentType", size)
      VALUES (${id}, ${owner.organizationId}, ${owner.connectionId ?? null}, ${owner.visitor ?? null},
              ${owner.conversationId ?? null}, ${owner.userId ?? null}, ${owner.cannedReplyId ?? null},
              ${storageKey}, ${file.name}, ${file.contentType}, ${file.bytes.byteLength})`,
    tx,
  );
  return { id, name: file.name, contentType: file.contentType, size: file.bytes.byteLength };
}

// Each person uploads at most 4 files at a time in a process (their bytes are held in memory while
// read and checked) and 60 a minute across servers.
const uploading = inFlightLimit("uploads", () => 4);

/** Reads a file a person sends as the request's body (`?name=` its name) and hands it to `save`. */
export async function receiveUpload<T>(
  viewer: Viewer,
  request: NextRequest,
  save: (file: { name: string | null; bytes: Uint8Array }) => Promise<T>,
): Promise<T> {
  const release = uploading.acquire(viewer.userId);
  try {
    const retryAfter = await reserve([{ key: limitKey("uploads", viewer.userId), max: 60, windowSeconds: 60 }]);
    if (retryAfter !== null) {
      throw new ApiError("too_many_requests", "Too many files uploaded: at most 60 a minute", undefined, retryAfter);
    }
    const bytes = await readBodyBytes(request, MAX_ATTACHMENT_BYTES);
    return await save({ name: requestedName(request.nextUrl), bytes });
  } finally {
    release();
  }
}

/** Keeps a file checked against `limits` (named `where` in refusals), for `owner`. */
export async function saveUpload(
  owner: Owner,
  file: { name: string | null; bytes: Uint8Array },
  limits: AttachmentLimits,
  where: string,
  tx?: Queryable,
): Promise<UploadJson> {
  const sniffed = await sniff(file.bytes, limits, where);
  return store(owner, { name: cleanName(file.name, sniffed.ext), contentType: sniffed.mime, bytes: file.bytes }, tx);
}

/** A file that came with a contact's email: kept whatever its type (its type read from its bytes,
 *  else a download of unknown type), served as every file is (never run, never sniffed). */
export async function saveInboundFile(owner: Owner, file: { name: string; bytes: Uint8Array }) {
  const sniffed = await fileTypeFromBuffer(file.bytes);
  const name = cleanName(file.name, sniffed?.ext ?? "bin");
  const contentType = sniffed?.mime ?? "application/octet-stream";
  return attachmentOf(await store(owner, { name, contentType, bytes: file.bytes }));
}

/** Files stored before their message, now in it (in the message's transaction). */
export async function attachFiles(
  tx: Queryable,
  files: StoredAttachment[],
  message: { conversationId: string; messageId: string },
) {
  if (files.length === 0) return;
  await query(
    Prisma.sql`UPDATE "Upload" SET "conversationId" = ${message.conversationId}, "messageId" = ${message.messageId}
      WHERE id = ANY(${files.map((f) => f.upload)}::char(24)[])`,
    tx,
  );
}

/** Keeps an image a visitor sent; refused (415) unless its bytes are a PNG, JPEG, GIF or WebP. */
export function saveVisitorUpload(options: {
  organizationId: string;
  connectionId: string;
  visitor: string;
  name: string | null;
  bytes: Uint8Array;
}): Promise<UploadJson> {
  const { bytes, name, ...owner } = options;
  return saveUpload(owner, { name, bytes }, visitorUploadLimits, "The chat");
}

/** The channel of a conversation the viewer may reply in (404 otherwise). */
async function replyableChannel(viewer: Viewer, conversationId: string): Promise<ChannelType> {
  const [row] = await query<{ channelType: ChannelType }>(Prisma.sql`
    SELECT c."channelType" FROM "Conversation" c WHERE c.id = ${conversationId} AND ${accessibleConversationSql(viewer)}`);
  if (!row) throw conversationNotFound();
  return row.channelType;
}

/** A file the viewer puts in their reply to a conversation, checked against what its channel carries. */
export async function saveReplyUpload(
  viewer: Viewer,
  conversationId: string,
  file: { name: string | null; bytes: Uint8Array },
): Promise<UploadJson> {
  const channelType = await replyableChannel(viewer, conversationId);
  const saved = await saveUpload(
    { organizationId: viewer.organizationId, conversationId, userId: viewer.userId },
    file,
    attachmentLimits[channelType],
    channelLabels[channelType],
  );
  await forgetUnsent(viewer.userId);
  return saved;
}

/** A person's files left unsent for a day (a closed tab, a reply given up) go, bytes and all: each
 *  upload sweeps its uploader's own, so none are kept for long and no sweeper is needed. */
async function forgetUnsent(userId: string) {
  const removed = await query<{ storageKey: string }>(Prisma.sql`
    DELETE FROM "Upload" WHERE "userId" = ${userId} AND "messageId" IS NULL AND "cannedReplyId" IS NULL
      AND "conversationId" IS NOT NULL AND "createdAt" < now() - interval '1 day'
    RETURNING "storageKey"`);
  await Promise.all(removed.map((file) => storage().remove(file.storageKey)));
}

/**
 * A canned reply's files, copied into the viewer's reply to a conversation (each use its own copy:
 * the canned reply may change or go, the message keeps what it sent). Every file is checked
 * against the conversation's channel first; one it cannot carry refuses the lot (415, named).
 */
export async function copyCannedUploads(
  viewer: Viewer,
  conversationId: string,
  cannedReplyId: string,
): Promise<UploadJson[]> {
  const channelType = await replyableChannel(viewer, conversationId);
  const limits = attachmentLimits[channelType];
  const [reply] = await query<{ files: { storageKey: string; name: string; contentType: string; size: number }[] }>(
    Prisma.sql`
      SELECT COALESCE((SELECT json_agg(json_build_object('storageKey', f."storageKey", 'name', f.name,
                 'contentType', f."contentType", 'size', f.size) ORDER BY f."createdAt", f.id)
               FROM "Upload" f WHERE f."cannedReplyId" = r.id), '[]') AS files
      FROM "CannedReply" r
      WHERE r.id = ${cannedReplyId} AND r."organizationId" = ${viewer.organizationId}
        AND (r."userId" IS NULL OR r."userId" = ${viewer.userId})`,
  );
  if (!reply) throw new ApiError("not_found", "Canned reply not found");
  const { files } = reply;
  for (const file of files) {
    if (!limits.types.includes(file.contentType) || file.size > limits.maxFileBytes) {
      throw new ApiError(
        "unsupported_media_type",
        `${channelLabels[channelType]} cannot carry ${file.name}: it takes ${typeNames(limits)} files up to ${formatBytes(limits.maxFileBytes)}`,
      );
    }
  }
  const copies: UploadJson[] = [];
  for (const file of files) {
    const bytes = await storage().get(file.storageKey);
    if (!bytes) continue; // its bytes were lost: nothing to copy
    const owner = { organizationId: viewer.organizationId, conversationId, userId: viewer.userId };
    copies.push(await store(owner, { name: file.name, contentType: file.contentType, bytes }));
  }
  return copies;
}

/** Removes a file the viewer uploaded into a reply and has not sent. */
export async function removeReplyUpload(viewer: Viewer, conversationId: string, uploadId: string) {
  const [removed] = await query<{ storageKey: string }>(Prisma.sql`
    DELETE FROM "Upload" WHERE id = ${uploadId} AND "conversationId" = ${conversationId}
      AND "userId" = ${viewer.userId} AND "messageId" IS NULL
    RETURNING "storageKey"`);
  if (!removed) throw new ApiError("not_found", "File not found among your unsent files in this conversation");
  await storage().remove(removed.storageKey);
}

/**
 * The viewer's unsent files in a conversation, in the order given, checked as one message against
 * its channel's limits (400 naming `attachments.N` for any other id).
 */
export async function unsentReplyUploads(
  viewer: Viewer,
  conversationId: string,
  ids: string[],
): Promise<StoredAttachment[]> {
  if (ids.length === 0) return [];
  const channelType = await replyableChannel(viewer, conversationId);
  const rows = await query<UploadJson>(Prisma.sql`
    SELECT id, name, "contentType", size FROM "Upload"
    WHERE id = ANY(${ids}::char(24)[]) AND "conversationId" = ${conversationId} AND "userId" = ${viewer.userId}
      AND "messageId" IS NULL`);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const missing = ids.findIndex((id) => !byId.has(id));
  if (missing >= 0) {
    throw new ApiError("bad_request", "A file is not one you uploaded to this conversation, or was sent already", [
      { path: `attachments.${missing}`, message: "is not an unsent file of yours in this conversation" },
    ]);
  }
  const limits = attachmentLimits[channelType];
  const uploads = ids.map((id) => byId.get(id) as UploadJson);
  const total = uploads.reduce((sum, upload) => sum + upload.size, 0);
  if (uploads.length > limits.maxFiles || total > limits.maxTotalBytes) {
    throw new ApiError(
      "bad_request",
      `${channelLabels[channelType]} carries at most ${limits.maxFiles} files, ${formatBytes(limits.maxTotalBytes)} in all, in one message`,
      [
        {
          path: "attachments",
          message: `at most ${limits.maxFiles} files, ${formatBytes(limits.maxTotalBytes)} in all`,
        },
      ],
    );
  }
  return uploads.map(attachmentOf);
}

/** Marks files as sent with a message (in the message's transaction); a 409 when one was sent meanwhile. */
export async function markSent(tx: Queryable, userId: string, messageId: string, attachments: StoredAttachment[]) {
  if (attachments.length === 0) return;
  const ids = attachments.map((a) => a.upload);
  const sent = await query(
    Prisma.sql`UPDATE "Upload" SET "messageId" = ${messageId}
      WHERE id = ANY(${ids}::char(24)[]) AND "userId" = ${userId} AND "messageId" IS NULL RETURNING id`,
    tx,
  );
  if (sent.length !== ids.length) throw new ApiError("conflict", "A file was sent with another message meanwhile");
}

/** How a message keeps an upload: `url` is where the agents' API serves it. */
export function attachmentOf(upload: UploadJson): StoredAttachment {
  const base = (env().NEXTAUTH_URL ?? "").replace(/\/+$/, "");
  const { id, name, contentType, size } = upload;
  return { url: `${base}/api/attachments/${id}`, name, contentType, size, upload: id };
}

export type FoundUpload = { storageKey: string; name: string; contentType: string };

/** A found upload's bytes (404 when it is not found, or its bytes are gone). */
export async function bytesOf(found: FoundUpload | undefined) {
  const bytes = found && (await storage().get(found.storageKey));
  if (!found || !bytes) throw new ApiError("not_found", "Attachment not found");
  return { bytes, name: found.name, contentType: found.contentType };
}

/** An upload the viewer may read: in a conversation they may read (once sent, unless theirs), or
 *  on a canned reply they see. */
export async function viewerUpload(viewer: Viewer, id: string) {
  const [found] = await query<FoundUpload>(Prisma.sql`
    SELECT f."storageKey", f.name, f."contentType" FROM "Upload" f
    WHERE f.id = ${id} AND f."organizationId" = ${viewer.organizationId} AND (
      (f."userId" IS NULL OR f."messageId" IS NOT NULL OR f."userId" = ${viewer.userId})
        AND EXISTS (SELECT 1 FROM "Conversation" c WHERE c.id = f."conversationId" AND ${readableConversationSql(viewer)})
      OR EXISTS (SELECT 1 FROM "CannedReply" r WHERE r.id = f."cannedReplyId"
        AND (r."userId" IS NULL OR r."userId" = ${viewer.userId})))`);
  return bytesOf(found);
}

/** The bytes of one of an organization's stored files (null when they are gone). */
export const storedBytes = (organizationId: string, uploadId: string) =>
  storage().get(storageKeyOf(organizationId, uploadId));

/** An upload by id alone: for a signed link (lib/uploads/media-url.ts) that already proved who may read it. */
export async function uploadById(id: string) {
  const [found] = await query<FoundUpload>(Prisma.sql`
    SELECT "storageKey", name, "contentType" FROM "Upload" WHERE id = ${id} AND "messageId" IS NOT NULL`);
  return bytesOf(found);
}

/** An upload's bytes as an answer: an image shown inline, any other file downloaded; never sniffed
 *  as anything else, never run. */
export function uploadResponse(file: { bytes: Uint8Array; name: string; contentType: string }) {
  const disposition = isImage(file.contentType) ? "inline" : "attachment";
  return new Response(file.bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      "content-type": file.contentType,
      "content-length": String(file.bytes.byteLength),
      "content-disposition": `${disposition}; filename="${file.name.replace(/[^\x20-\x7e]|[\\"]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      "content-security-policy": "default-src 'none'; sandbox",
      "x-content-type-options": "nosniff",
      "cache-control": "private, max-age=3600",
    },
  });
}
