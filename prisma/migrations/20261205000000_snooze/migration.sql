-- Snooze (lib/conversations/snooze.ts): an open conversation set aside until a time or until its
-- contact writes. It leaves the Open views for the Snoozed one; a job in the queue wakes it on time,
-- a contact's message wakes it at once, resolving ends it. The assignee and label rows keep a copy
-- of it beside their copies of resolution and activity (their triggers), so a person's or a label's
-- Open view stays one index range, with the snoozed few skipped by the row they already read.
ALTER TABLE "Conversation" ADD COLUMN "isSnoozed" BOOLEAN NOT NULL DEFAULT false,
  -- Until when; none while snoozed: until the contact writes.
  ADD COLUMN "snoozedUntil" TIMESTAMPTZ(3);
ALTER TABLE "ConversationAssignee" ADD COLUMN "isSnoozed" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "ConversationLabel" ADD COLUMN "isSnoozed" BOOLEAN NOT NULL DEFAULT false;

-- A snoozed conversation is an open one.
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_snoozed_open"
  CHECK (NOT ("isSnoozed" AND "isResolved")),
  ADD CONSTRAINT "Conversation_snoozed_until" CHECK ("isSnoozed" OR "snoozedUntil" IS NULL);

-- The Snoozed views, newest activity first: the organization's, an owner's, and an assignee's.
CREATE INDEX "Conversation_snoozed_idx" ON "Conversation"("organizationId", "lastMessageTime" DESC, "id" DESC)
  WHERE "isSnoozed";
CREATE INDEX "Conversation_owner_snoozed_idx" ON "Conversation"("userId", "lastMessageTime" DESC, "id" DESC)
  WHERE "isSnoozed";
CREATE INDEX "ConversationAssignee_snoozed_idx" ON "ConversationAssignee"("userId", "lastMessageTime" DESC, "conversationId" DESC)
  WHERE "isSnoozed";

CREATE OR REPLACE FUNCTION conversation_assignee_copy() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT c."isResolved", c."lastMessageTime", c."isSnoozed" INTO NEW."isResolved", NEW."lastMessageTime", NEW."isSnoozed"
  FROM "Conversation" c WHERE c.id = NEW."conversationId";
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION conversation_assignee_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ConversationAssignee"
  SET "isResolved" = NEW."isResolved", "lastMessageTime" = NEW."lastMessageTime", "isSnoozed" = NEW."isSnoozed"
  WHERE "conversationId" = NEW.id;
  RETURN NULL;
END $$;
DROP TRIGGER conversation_assignee_sync ON "Conversation";
CREATE TRIGGER conversation_assignee_sync AFTER UPDATE OF "isResolved", "lastMessageTime", "isSnoozed" ON "Conversation"
  FOR EACH ROW WHEN (OLD."isResolved" IS DISTINCT FROM NEW."isResolved" OR OLD."lastMessageTime" IS DISTINCT FROM NEW."lastMessageTime"
                     OR OLD."isSnoozed" IS DISTINCT FROM NEW."isSnoozed")
  EXECUTE FUNCTION conversation_assignee_sync();

CREATE OR REPLACE FUNCTION conversation_label_copy() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT c."isResolved", c."lastMessageTime", c."isSnoozed" INTO NEW."isResolved", NEW."lastMessageTime", NEW."isSnoozed"
  FROM "Conversation" c WHERE c.id = NEW."conversationId";
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION conversation_label_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ConversationLabel"
  SET "isResolved" = NEW."isResolved", "lastMessageTime" = NEW."lastMessageTime", "isSnoozed" = NEW."isSnoozed"
  WHERE "conversationId" = NEW.id;
  RETURN NULL;
END $$;
DROP TRIGGER conversation_label_sync ON "Conversation";
CREATE TRIGGER conversation_label_sync AFTER UPDATE OF "isResolved", "lastMessageTime", "isSnoozed" ON "Conversation"
  FOR EACH ROW WHEN (OLD."isResolved" IS DISTINCT FROM NEW."isResolved" OR OLD."lastMessageTime" IS DISTINCT FROM NEW."lastMessageTime"
                     OR OLD."isSnoozed" IS DISTINCT FROM NEW."isSnoozed")
  EXECUTE FUNCTION conversation_label_sync();
