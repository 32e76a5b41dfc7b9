-- A report reads every conversation opened or resolved in its period (lib/reports/report.ts). With
-- the columns it needs carried in these two indexes it reads only them (an index-only scan), not
-- each conversation's row: a 30-day report of 200,000 conversations read 16,000 heap pages before.
-- (By person or label it still reads them, for the id its assignees and labels are joined by: with
-- the id carried too, the index was costly enough for the planner to read an agent's conversations
-- for a CSV by scanning the table instead.)
DROP INDEX "Conversation_opened_idx";
CREATE INDEX "Conversation_opened_idx" ON "Conversation"("organizationId", "createdAt")
  INCLUDE ("channelType", "firstIncomingAt", "firstResponseAt");

DROP INDEX "Conversation_resolved_at_idx";
CREATE INDEX "Conversation_resolved_at_idx" ON "Conversation"("organizationId", "resolvedAt")
  INCLUDE ("channelType", "createdAt") WHERE "resolvedAt" IS NOT NULL;
