-- Private notes and mentions (lib/notes). A note is a message only the organization's people see:
-- no channel carries it, no contact-facing answer or stream holds it. A mention names a person in a
-- note: they are told (their stream, the Mentions page, email) and may read the conversation.

ALTER TABLE "Message" ADD COLUMN "isPrivate" BOOLEAN NOT NULL DEFAULT false;

CREATE TABLE "Mention" (
    "id" CHAR(24) NOT NULL DEFAULT object_id(),
    "messageId" CHAR(24) NOT NULL,
    "conversationId" CHAR(24) NOT NULL,
    "userId" CHAR(24) NOT NULL,
    "authorId" CHAR(24),
    "readAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Mention_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Mention_messageId_userId_key" ON "Mention"("messageId", "userId");
-- A person's Mentions page, newest first, and their unread count.
CREATE INDEX "Mention_userId_createdAt_id_idx" ON "Mention"("userId", "createdAt" DESC, "id" DESC);
CREATE INDEX "Mention_unread_idx" ON "Mention"("userId") WHERE ("readAt" IS NULL);
-- The access rule: whether a person is mentioned in a conversation.
CREATE INDEX "Mention_conversationId_userId_idx" ON "Mention"("conversationId", "userId");
CREATE INDEX "Mention_authorId_idx" ON "Mention"("authorId");

ALTER TABLE "Mention" ADD CONSTRAINT "Mention_messageId_fkey"
    FOREIGN KEY ("messageId") REFERENCES "Message"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_conversationId_fkey"
    FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_userId_fkey"
    FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_authorId_fkey"
    FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A note is recorded as its own kind of change: no automation and no outbound webhook acts on it
-- as on a message to or from the contact.
CREATE OR REPLACE FUNCTION message_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM record_change(
    CASE WHEN NEW."isPrivate" THEN 'note.created'
         ELSE CASE NEW."senderType" WHEN 'CONTACT' THEN 'message.received' WHEN 'SYSTEM' THEN 'message.system'
              ELSE 'message.sent' END END,
    (SELECT c."organizationId" FROM "Conversation" c WHERE c.id = NEW."conversationId"), NEW."conversationId", NEW.id,
    NEW."userId");
  RETURN NULL;
END $$;

-- A message event says whether it is a note ('v'): a webchat visitor never hears of one.
CREATE OR REPLACE FUNCTION message_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM inbox_event(jsonb_build_object(
    'k', CASE TG_OP WHEN 'INSERT' THEN 'message.created' ELSE 'message.updated' END,
    'o', (SELECT c."organizationId" FROM "Conversation" c WHERE c.id = NEW."conversationId"),
    'c', NEW."conversationId", 'm', NEW.id, 'i', NEW."isIncoming", 's', NEW.status, 'y', NEW."senderType",
    'v', NEW."isPrivate"));
  RETURN NULL;
END $$;

-- Only notes are deleted one by one (a conversation's messages go with it, told as its deletion).
CREATE FUNCTION note_deleted_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM inbox_event(jsonb_build_object('k', 'message.deleted',
    'o', (SELECT c."organizationId" FROM "Conversation" c WHERE c.id = OLD."conversationId"),
    'c', OLD."conversationId", 'm', OLD.id, 'y', OLD."senderType", 'v', true));
  RETURN NULL;
END $$;
CREATE TRIGGER note_deleted AFTER DELETE ON "Message"
  FOR EACH ROW WHEN (OLD."isPrivate") EXECUTE FUNCTION note_deleted_event();

-- A person's mentions are theirs alone: made, read or deleted, only their stream hears of it.
CREATE FUNCTION mention_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE mention "Mention" := COALESCE(NEW, OLD);
BEGIN
  PERFORM inbox_event(jsonb_build_object('k', 'mentions.updated', 'c', mention."conversationId",
    'm', mention."messageId", 'u', mention."userId"));
  RETURN NULL;
END $$;
CREATE TRIGGER mention_changed AFTER INSERT OR UPDATE OR DELETE ON "Mention"
  FOR EACH ROW EXECUTE FUNCTION mention_event();
