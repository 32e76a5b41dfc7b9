import "server-only";
import { z } from "zod";
import { canSeeWholeOrganization, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { query, transaction } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";
import { jsonDate, jsonId } from "@/lib/schemas";
import { storage } from "@/lib/storage/storage";
import { cannedAttachmentLimits } from "@/lib/uploads/limits";
import { saveUpload, uploadJsonSchema } from "@/lib/uploads/uploads";
import type { CreateCannedReplyInput, UpdateCannedReplyInput } from "./schemas";

// Canned replies: the organization's (no owner; managers and admins write them) and each person's
// own (only they see and write them). Everyone uses the organization's.

export const cannedReplyJsonSchema = z.strictObject({
  _id: jsonId,
  shortcut: z.string(),
  body: z.string(),
  scope: z.enum(["organization", "personal"]),
  usageCount: z.number().int(),
  /** Files put in the composer with it (each use copies them into that reply). */
  attachments: z.array(uploadJsonSchema),
  createdAt: jsonDate,
  updatedAt: jsonDate,
});
export type CannedReplyJson = z.infer<typeof cannedReplyJsonSchema>;

const withAttachments = {
  attachments: {
    select: { id: true, name: true, contentType: true, size: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  },
} satisfies Prisma.CannedReplyInclude;

type Row = Prisma.CannedReplyGetPayload<{ include: typeof withAttachments }>;

const cannedReplyJson = (row: Row): CannedReplyJson => ({
  _id: row.id,
  shortcut: row.shortcut,
  body: row.body,
  scope: row.userId ? "personal" : "organization",
  usageCount: row.usageCount,
  attachments: row.attachments,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** The replies a viewer sees: the organization's and their own. */
const visible = (viewer: Viewer) => ({
  organizationId: viewer.organizationId,
  OR: [{ userId: null }, { userId: viewer.userId }],
});

const notFound = () => new ApiError("not_found", "Canned reply not found");

/** The most used first, then by shortcut. */
export async function listCannedReplies(viewer: Viewer): Promise<CannedReplyJson[]> {
  const rows = await db.cannedReply.findMany({
    where: visible(viewer),
    orderBy: [{ usageCount: "desc" }, { shortcut: "asc" }],
    include: withAttachments,
    take: 500,
  });
  return rows.map(cannedReplyJson);
}

export async function createCannedReply(viewer: Viewer, input: CreateCannedReplyInput): Promise<CannedReplyJson> {
  const organizationWide = input.scope === "organization";
  if (organizationWide && !canSeeWholeOrganization(viewer))
    throw new ApiError("forbidden", "Only managers and admins can add the organization's canned replies");
  const row = await db.cannedReply.create({
    data: {
      organizationId: viewer.organizationId,
      userId: organizationWide ? null : viewer.userId,
      shortcut: input.shortcut,
      body: input.body,
    },
    include: withAttachments,
  });
  return cannedReplyJson(row);
}

/** A reply the viewer may change: their own, or (managers and admins) the organization's. */
async function changeable(viewer: Viewer, id: string) {
  const row = await db.cannedReply.findFirst({ where: { id, ...visible(viewer) } });
  if (!row) throw notFound();
  if (!row.userId && !canSeeWholeOrganization(viewer))
    throw new ApiError("forbidden", "Only managers and admins can change the organization's canned replies");
  return row;
}

export async function updateCannedReply(viewer: Viewer, id: string, input: UpdateCannedReplyInput) {
  await changeable(viewer, id);
  return cannedReplyJson(await db.cannedReply.update({ where: { id }, data: input, include: withAttachments }));
}

export async function deleteCannedReply(viewer: Viewer, id: string) {
  await changeable(viewer, id);
  const files = await db.upload.findMany({ where: { cannedReplyId: id }, select: { storageKey: true } });
  await db.cannedReply.delete({ where: { id } });
  await Promise.all(files.map((file) => storage().remove(file.storageKey)));
}

/** Adds a file to a reply the viewer may change (at most 5; any type some channel carries). */
export async function addCannedAttachment(
  viewer: Viewer,
  id: string,
  file: { name: string | null; bytes: Uint8Array },
): Promise<CannedReplyJson> {
  await changeable(viewer, id);
  await transaction(async (tx) => {
    // One file at a time per reply, so that parallel uploads cannot pass the limit together.
    await query(Prisma.sql`SELECT 1 FROM "CannedReply" WHERE id = ${id} FOR UPDATE`, tx);
    const [row] = await query<{ count: number }>(
      Prisma.sql`SELECT count(*)::int AS count FROM "Upload" WHERE "cannedReplyId" = ${id}`,
      tx,
    );
    if ((row?.count ?? 0) >= cannedAttachmentLimits.maxFiles) {
      throw new ApiError("conflict", `A canned reply has at most ${cannedAttachmentLimits.maxFiles} files`);
    }
    const owner = { organizationId: viewer.organizationId, userId: viewer.userId, cannedReplyId: id };
    await saveUpload(owner, file, cannedAttachmentLimits, "A canned reply", tx);
  });
  return cannedReplyJson(await db.cannedReply.findUniqueOrThrow({ where: { id }, include: withAttachments }));
}

/** Removes one of its files from a reply the viewer may change. */
export async function removeCannedAttachment(viewer: Viewer, id: string, uploadId: string): Promise<CannedReplyJson> {
  await changeable(viewer, id);
  const file = await db.upload.findFirst({ where: { id: uploadId, cannedReplyId: id }, select: { storageKey: true } });
  if (!file) throw new ApiError("not_found", "This canned reply has no such file");
  await db.upload.delete({ where: { id: uploadId } });
  await storage().remove(file.storageKey);
  return cannedReplyJson(await db.cannedReply.findUniqueOrThrow({ where: { id }, include: withAttachments }));
}

/** Counts one use (put in a composer), for the order of the list. */
export async function countCannedReplyUse(viewer: Viewer, id: string) {
  const { count } = await db.cannedReply.updateMany({
    where: { id, ...visible(viewer) },
    data: { usageCount: { increment: 1 } },
  });
  if (count === 0) throw notFound();
}
