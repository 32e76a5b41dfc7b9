-- Reports (lib/reports): first-response time runs from the contact's first message to our first
-- answer after it; a conversation we started has no first response until the contact has written
-- and we have answered. Both times are kept on the conversation by the statement that stores a
-- message (lib/messages/append.ts), so a report reads conversations, never their messages.
ALTER TABLE "Conversation" ADD COLUMN "firstIncomingAt" TIMESTAMPTZ(3);

-- Existing conversations, in one pass over their messages: the contact's first message, and the
-- first answer (a person's or the AI's, not an automation's template) at or after it.
UPDATE "Conversation" c
SET "firstIncomingAt" = f.first_in, "firstResponseAt" = f.first_answer
FROM (
  SELECT m."conversationId", min(m.first_in) AS first_in,
         min(m."createdAt") FILTER (WHERE NOT m."isIncoming" AND m."senderType" IN ('USER', 'AI')
                                     AND m."automationId" IS NULL AND m."createdAt" >= m.first_in) AS first_answer
  FROM (SELECT "conversationId", "createdAt", "isIncoming", "senderType", "automationId",
               min("createdAt") FILTER (WHERE "isIncoming") OVER (PARTITION BY "conversationId") AS first_in
        FROM "Message") m
  GROUP BY m."conversationId"
) f
WHERE f."conversationId" = c.id
  AND (c."firstIncomingAt" IS DISTINCT FROM f.first_in OR c."firstResponseAt" IS DISTINCT FROM f.first_answer);

-- A period's conversations: those opened in it, and those resolved in it.
CREATE INDEX "Conversation_opened_idx" ON "Conversation"("organizationId", "createdAt");
CREATE INDEX "Conversation_resolved_at_idx" ON "Conversation"("organizationId", "resolvedAt") WHERE "resolvedAt" IS NOT NULL;
