import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { accessibleConversationSql, conversationNotFound } from "@/lib/conversations/access";
import { execute } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";

// Presence and typing: announced to whoever may read the thread, and kept nowhere (each lapses
// after PRESENCE_TTL_MS unless repeated). One statement checks access and sends the notification.

/** joined: just opened the thread (the others answer with "viewing", so it learns of them too) */
export type PresenceState = "joined" | "viewing" | "typing" | "left";

// A tab repeats "viewing" every 15 s and "typing" every few seconds while keys are pressed; this
// many per second per person and server is far above that, and keeps a script from flooding others.
const PER_SECOND = 5;
const recent = new Map<string, { second: number; count: number }>();

export async function announcePresence(viewer: Viewer, conversationId: string, state: PresenceState) {
  const second = Math.floor(Date.now() / 1000);
  const mine = recent.get(viewer.userId);
  if (mine && mine.second === second && mine.count >= PER_SECOND) {
    throw new ApiError("too_many_requests", "Too many presence updates; at most 5 a second", undefined, 1);
  }
  recent.set(viewer.userId, { second, count: mine?.second === second ? mine.count + 1 : 1 });
  if (recent.size > 10_000) recent.clear();

  const sent = await execute(Prisma.sql`
    SELECT inbox_event(jsonb_build_object('k', 'presence', 'o', c."organizationId", 'c', c.id,
      'p', u.id, 'n', u."fullName", 't', ${state === "typing"}::boolean, 'l', ${state === "left"}::boolean, 'j', ${state === "joined"}::boolean))
    FROM "Conversation" c, "User" u
    WHERE c.id = ${conversationId} AND u.id = ${viewer.userId} AND ${accessibleConversationSql(viewer)}`);
  if (sent === 0) throw conversationNotFound();
}
