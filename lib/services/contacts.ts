import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";
import { decodeCursor, encodeCursor } from "@/lib/http/cursor";
import { accessibleConversationWhere } from "@/lib/services/access";

const contactSelect = {
  id: true,
  fullName: true,
  phone: true,
  email: true,
  facebookId: true,
  createdAt: true,
} as const;

/** The organization's contacts by name, optionally searched by name, phone or email; keyset paged. */
export async function listContacts(options: { viewer: Viewer; q?: string; cursor?: string; limit: number }) {
  const { viewer, q, limit } = options;
  const where: Prisma.ContactWhereInput = { organizationId: viewer.organizationId };
  if (q) {
    where.OR = [
      { fullName: { contains: q, mode: "insensitive" } },
      { phone: { contains: q } },
      { email: { contains: q, mode: "insensitive" } },
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
    db.conversation.groupBy({
      by: ["channelType"],
      where: { contactId, ...accessibleConversationWhere(viewer) },
      _count: { _all: true },
    }),
  ]);
  if (!contact) throw new ApiError("not_found", "Contact not found");
  const counts = { sms: 0, facebook: 0, webchat: 0, email: 0 };
  for (const row of byChannel) counts[row.channelType] = row._count._all;
  return { ...contact, conversationCounts: counts };
}
