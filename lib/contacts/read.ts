import "server-only";
import { canSeeWholeOrganization, type Viewer } from "@/lib/auth/viewer";
import { channelTypes } from "@/lib/channel-types";
import { accessibleConversationSql, readableConversationSql } from "@/lib/conversations/access";
import { db } from "@/lib/db/client";
import { escapeLike, query } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ChannelType } from "@/lib/generated/prisma/enums";
import { ApiError } from "@/lib/http/api-error";
import { decodeCursor, encodeCursor } from "@/lib/http/cursor";

const contactSelect = {
  id: true,
  fullName: true,
  phone: true,
  email: true,
  facebookId: true,
  attributes: true,
  createdAt: true,
} as const;

/** The organization's contacts by name, optionally searched by name, phone or email; keyset paged. */
export async function listContacts(options: { viewer: Viewer; q?: string; cursor?: string; limit: number }) {
  const { viewer, q, limit } = options;
  const where: Prisma.ContactWhereInput = { organizationId: viewer.organizationId };
  if (q) {
    const literal = escapeLike(q); // Prisma's contains passes % and _ through as wildcards
    where.OR = [
      { fullName: { contains: literal, mode: "insensitive" } },
      { phone: { contains: literal } },
      { email: { contains: literal, mode: "insensitive" } },
    ];
  }
  if (options.cursor) {
    // Contacts are few per page and sorted by id (creation order): the cursor's time is unused.
    const after = decodeCursor(options.cursor);
    where.id = { gt: after.id };
  }
  const rows = await db.contact.findMany({ where, orderBy: { id: "asc" }, take: limit + 1, select: contactSelect });
  const page = rows.slice(0, limit);
  const last = rows.length > limit ? page.at(-1) : undefined;
  return { contacts: page, nextCursor: last ? encodeCursor({ time: last.createdAt, id: last.id }) : null };
}

/** One contact, with how many of its conversations the viewer can access on each channel. */
export async function getContact(options: { viewer: Viewer; contactId: string }) {
  const { viewer, contactId } = options;
  const [contact, byChannel] = await Promise.all([
    db.contact.findFirst({ where: { id: contactId, organizationId: viewer.organizationId }, select: contactSelect }),
    query<{ channelType: ChannelType; count: number }>(Prisma.sql`
      SELECT c."channelType", count(*)::int AS count FROM "Conversation" c
      WHERE c."contactId" = ${contactId} AND ${readableConversationSql(viewer)} GROUP BY c."channelType"`),
  ]);
  if (!contact) throw new ApiError("not_found", "Contact not found");
  const counts = Object.fromEntries(channelTypes.map((channel) => [channel, 0])) as Record<ChannelType, number>;
  for (const row of byChannel) counts[row.channelType] = row.count;
  return { ...contact, conversationCounts: counts };
}

/** The most attributes a contact keeps. */
const MAX_ATTRIBUTES = 50;

/**
 * Sets or removes (null) a contact's attributes. Anyone to whom one of its conversations is accessible (and
 * managers and admins) may; others get the 404 a contact they cannot reach gets.
 */
export async function updateContactAttributes(options: {
  viewer: Viewer;
  contactId: string;
  attributes: Record<string, string | number | boolean | null>;
}) {
  const { viewer, contactId } = options;
  const set = Object.fromEntries(Object.entries(options.attributes).filter(([, value]) => value !== null));
  const removed = Object.keys(options.attributes).filter((key) => options.attributes[key] === null);
  const reach = canSeeWholeOrganization(viewer)
    ? Prisma.sql`true`
    : Prisma.sql`EXISTS (SELECT 1 FROM "Conversation" c WHERE c."contactId" = ct.id AND ${accessibleConversationSql(viewer)})`;
  const [row] = await query<{ id: string; count: number }>(Prisma.sql`
    UPDATE "Contact" ct SET attributes = (ct.attributes || ${JSON.stringify(set)}::jsonb) - ${removed}::text[],
      "updatedAt" = now()
    WHERE ct.id = ${contactId} AND ct."organizationId" = ${viewer.organizationId} AND ${reach}
      AND (SELECT count(*) FROM jsonb_object_keys((ct.attributes || ${JSON.stringify(set)}::jsonb) - ${removed}::text[])) <= ${MAX_ATTRIBUTES}
    RETURNING ct.id, (SELECT count(*)::int FROM jsonb_object_keys(ct.attributes)) AS count`);
  if (!row) {
    const exists = await db.contact.count({ where: { id: contactId, organizationId: viewer.organizationId } });
    if (exists && (canSeeWholeOrganization(viewer) || (await reachable(viewer, contactId)))) {
      throw new ApiError("bad_request", `attributes: a contact keeps at most ${MAX_ATTRIBUTES} attributes`, [
        { path: "attributes", message: `a contact keeps at most ${MAX_ATTRIBUTES} attributes` },
      ]);
    }
    throw new ApiError("not_found", "Contact not found");
  }
  return getContact({ viewer, contactId });
}

async function reachable(viewer: Viewer, contactId: string) {
  const rows = await query(Prisma.sql`SELECT 1 FROM "Conversation" c
    WHERE c."contactId" = ${contactId} AND ${accessibleConversationSql(viewer)} LIMIT 1`);
  return rows.length > 0;
}
