-- The inbox at production size: every view a range scan of one index.

-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN "assigneeCount" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "ConversationAssignee" ADD COLUMN "isResolved" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "lastMessageTime" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- DropIndex
DROP INDEX "Conversation_organizationId_lastMessageTime_id_idx";

-- DropIndex
DROP INDEX "ConversationAssignee_userId_conversationId_idx";

-- DropIndex
DROP INDEX "Conversation_userId_lastMessageTime_idx";

-- CreateIndex
CREATE INDEX "Conversation_userId_isResolved_lastMessageTime_id_idx" ON "Conversation"("userId", "isResolved", "lastMessageTime" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Conversation_organizationId_isResolved_lastMessageTime_id_idx" ON "Conversation"("organizationId", "isResolved", "lastMessageTime" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Conversation_unassigned_idx" ON "Conversation"("organizationId", "isResolved", "lastMessageTime" DESC, "id" DESC) WHERE "assigneeCount" = 0;

-- CreateIndex
CREATE INDEX "ConversationAssignee_userId_isResolved_lastMessageTime_conv_idx" ON "ConversationAssignee"("userId", "isResolved", "lastMessageTime" DESC, "conversationId" DESC);

-- The copies are kept by the database itself, so no write path can forget them.
CREATE FUNCTION conversation_assignee_copy() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT c."isResolved", c."lastMessageTime" INTO NEW."isResolved", NEW."lastMessageTime"
  FROM "Conversation" c WHERE c.id = NEW."conversationId";
  RETURN NEW;
END $$;

CREATE TRIGGER conversation_assignee_copy BEFORE INSERT ON "ConversationAssignee"
  FOR EACH ROW EXECUTE FUNCTION conversation_assignee_copy();

CREATE FUNCTION conversation_assignee_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE "Conversation" SET "assigneeCount" = "assigneeCount" + 1 WHERE id = NEW."conversationId";
  ELSE
    UPDATE "Conversation" SET "assigneeCount" = "assigneeCount" - 1 WHERE id = OLD."conversationId";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER conversation_assignee_count AFTER INSERT OR DELETE ON "ConversationAssignee"
  FOR EACH ROW EXECUTE FUNCTION conversation_assignee_count();

CREATE FUNCTION conversation_assignee_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ConversationAssignee"
  SET "isResolved" = NEW."isResolved", "lastMessageTime" = NEW."lastMessageTime"
  WHERE "conversationId" = NEW.id;
  RETURN NULL;
END $$;

CREATE TRIGGER conversation_assignee_sync AFTER UPDATE OF "isResolved", "lastMessageTime" ON "Conversation"
  FOR EACH ROW WHEN (OLD."isResolved" IS DISTINCT FROM NEW."isResolved" OR OLD."lastMessageTime" IS DISTINCT FROM NEW."lastMessageTime")
  EXECUTE FUNCTION conversation_assignee_sync();

-- Existing rows.
UPDATE "Conversation" c SET "assigneeCount" = (SELECT count(*) FROM "ConversationAssignee" a WHERE a."conversationId" = c.id);
UPDATE "ConversationAssignee" a SET "isResolved" = c."isResolved", "lastMessageTime" = c."lastMessageTime"
FROM "Conversation" c WHERE c.id = a."conversationId";
