import "server-only";
import { z } from "zod";
import type { Viewer } from "@/lib/auth/viewer";
import { conversationNotFound, readableConversationSql } from "@/lib/conversations/access";
import { execute } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";

// Presence and typing: announced to whoever may read the thread, and kept nowhere (each lapses
// after PRESENCE_TTL_MS unless repeated). One statement checks access and sends the notification.

/** joined: just opened the thread (the others answer with "viewing", so it learns of them too) */
export const presenceInput = z.strictObject({ state: z.enum(["joined", "viewing", "typing", "left"]) });
export type PresenceState = z.output<typeof presenceInput>["state"];

// A tab repeats "viewing" every 15 s and "typing" every few seconds while keys are pressed; a
// reload says left, joined, viewing and typing within a moment. A bucket of BURST refilled at
// PER_SECOND per person and server takes all that, and keeps a script from flooding others.
const BURST = 10;
const PER_SECOND = 5;
const buckets = new Map<string, { tokens: number; at: number }>();

function takeToken(userId: string, now = Date.now()): boolean {
  const bucket = buckets.get(userId) ?? { tokens: BURST, at: now };
  bucket.tokens = Math.min(BURST, bucket.tokens + ((now - bucket.at) / 1000) * PER_SECOND);
  bucket.at = now;
  if (buckets.size > 10_000) buckets.clear();
  buckets.set(userId, bucket);
  if (bucket.tokens < 1) return false;
  bucket.tokens -= 1;
  return true;
}

export async function announcePresence(viewer: Viewer, conversationId: string, state: PresenceState) {
  if (!takeToken(viewer.userId)) {
    throw new ApiError("too_many_requests", "Too many presence updates; at most 5 a second", undefined, 1);
  }

  const sent = await execute(Prisma.sql`
    SELECT inbox_event(jsonb_build_object('k', 'presence', 'o', c."organizationId", 'c', c.id,
      'p', u.id, 'n', u."fullName", 't', ${state === "typing"}::boolean, 'l', ${state === "left"}::boolean, 'j', ${state === "joined"}::boolean))
    FROM "Conversation" c, "User" u
    WHERE c.id = ${conversationId} AND u.id = ${viewer.userId} AND ${readableConversationSql(viewer)}`);
  if (sent === 0) throw conversationNotFound();
}
