import "server-only";
import { z } from "zod";
import { canSeeWholeOrganization, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { ApiError } from "@/lib/http/api-error";
import { jsonDate, jsonId } from "@/lib/schemas";
import type { CreateCannedReplyInput, UpdateCannedReplyInput } from "./schemas";

// Canned replies: the organization's (no owner; managers and admins write them) and each person's
// own (only they see and write them). Everyone uses the organization's.

export const cannedReplyJsonSchema = z.strictObject({
  _id: jsonId,
  shortcut: z.string(),
  body: z.string(),
  scope: z.enum(["organization", "personal"]),
  usageCount: z.number().int(),
  createdAt: jsonDate,
  updatedAt: jsonDate,
});
export type CannedReplyJson = z.infer<typeof cannedReplyJsonSchema>;

type Row = Awaited<ReturnType<typeof db.cannedReply.findFirstOrThrow>>;

const cannedReplyJson = (row: Row): CannedReplyJson => ({
  _id: row.id,
  shortcut: row.shortcut,
  body: row.body,
  scope: row.userId ? "personal" : "organization",
  usageCount: row.usageCount,
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
  return cannedReplyJson(await db.cannedReply.update({ where: { id }, data: input }));
}

export async function deleteCannedReply(viewer: Viewer, id: string) {
  await changeable(viewer, id);
  await db.cannedReply.delete({ where: { id } });
}

/** Counts one use (put in a composer), for the order of the list. */
export async function countCannedReplyUse(viewer: Viewer, id: string) {
  const { count } = await db.cannedReply.updateMany({
    where: { id, ...visible(viewer) },
    data: { usageCount: { increment: 1 } },
  });
  if (count === 0) throw notFound();
}
