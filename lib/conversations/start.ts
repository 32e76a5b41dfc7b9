import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { conversationJson } from "@/lib/conversations/json";
import { actingAsSql } from "@/lib/db/actor";
import { query, transaction } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";

/**
 * A new email conversation with a contact, started by the viewer: a draft (`isDraft`, as the
 * reference names it) owned by them, with its subject and the mailbox it will go out by, until its
 * first message is sent (lib/messages/append.ts ends the draft). The mailbox: the one named, or the
 * organization's first enabled one.
 */
export async function startEmailConversation(
  viewer: Viewer,
  contactId: string,
  input: { subject: string; connectionId?: string | undefined },
): Promise<string> {
  return transaction(async (tx) => {
    const [contact] = await query<{ email: string | null }>(
      Prisma.sql`SELECT email FROM "Contact" WHERE id = ${contactId} AND "organizationId" = ${viewer.organizationId}`,
      tx,
    );
    if (!contact) throw new ApiError("not_found", "Contact not found");
    if (!contact.email) throw new ApiError("bad_request", "This contact has no email address");
    const [mailbox] = await query<{ id: string }>(
      Prisma.sql`SELECT id FROM "ChannelConnection"
        WHERE "organizationId" = ${viewer.organizationId} AND provider = 'imap' AND "disabledAt" IS NULL
          ${input.connectionId ? Prisma.sql`AND id = ${input.connectionId}` : Prisma.empty}
        ORDER BY "createdAt", id LIMIT 1`,
      tx,
    );
    if (!mailbox) {
      throw new ApiError(
        "bad_request",
        input.connectionId
          ? "connectionId: no such mailbox"
          : "No mailbox is connected: an admin connects one in Settings → Channels",
      );
    }
    await query(actingAsSql(viewer.userId), tx);
    const [row] = await query<{ json: string }>(
      Prisma.sql`
      WITH c AS (
        INSERT INTO "Conversation" ("organizationId", "contactId", "userId", "channelType", "channelIdentifier",
                                    subject, source, "connectionId", provider, "emailAccountId", "isDraft")
        VALUES (${viewer.organizationId}, ${contactId}, ${viewer.userId}, 'email', ${contact.email.toLowerCase()},
                ${input.subject}, 'Outbound Message', ${mailbox.id}, 'imap', ${mailbox.id}, true)
        RETURNING *)
      SELECT ${conversationJson(viewer.userId)} AS json FROM c`,
      tx,
    );
    return (row as { json: string }).json;
  });
}
