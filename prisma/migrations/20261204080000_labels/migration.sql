-- Labels (lib/labels/): an organization's, made by managers and admins, put on conversations by
-- anyone who may read them. The inbox filters by them from ConversationLabel's index, which keeps
-- copies of the conversation's resolution and activity time (as ConversationAssignee does), so one
-- label's open conversations, newest first, are a range of one index.
CREATE TABLE "Label" (
    "id" CHAR(24) NOT NULL DEFAULT object_id(),
    "organizationId" CHAR(24) NOT NULL,
    "name" TEXT NOT NULL,
    "color" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Label_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Label_organizationId_name_key" ON "Label"("organizationId", "name");
ALTER TABLE "Label" ADD CONSTRAINT "Label_organizationId_fkey"
    FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "ConversationLabel" (
    "conversationId" CHAR(24) NOT NULL,
    "labelId" CHAR(24) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "isResolved" BOOLEAN NOT NULL DEFAULT false,
    "lastMessageTime" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ConversationLabel_pkey" PRIMARY KEY ("conversationId", "labelId")
);
CREATE INDEX "ConversationLabel_labelId_isResolved_lastMessageTime_conv_idx"
    ON "ConversationLabel"("labelId", "isResolved", "lastMessageTime" DESC, "conversationId" DESC);
ALTER TABLE "ConversationLabel" ADD CONSTRAINT "ConversationLabel_conversationId_fkey"
    FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ConversationLabel" ADD CONSTRAINT "ConversationLabel_labelId_fkey"
    FOREIGN KEY ("labelId") REFERENCES "Label"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The copies are kept by the database itself, so no write path can forget them.
CREATE FUNCTION conversation_label_copy() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT c."isResolved", c."lastMessageTime" INTO NEW."isResolved", NEW."lastMessageTime"
  FROM "Conversation" c WHERE c.id = NEW."conversationId";
  RETURN NEW;
END $$;
CREATE TRIGGER conversation_label_copy BEFORE INSERT ON "ConversationLabel"
  FOR EACH ROW EXECUTE FUNCTION conversation_label_copy();

CREATE FUNCTION conversation_label_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ConversationLabel"
  SET "isResolved" = NEW."isResolved", "lastMessageTime" = NEW."lastMessageTime"
  WHERE "conversationId" = NEW.id;
  RETURN NULL;
END $$;
CREATE TRIGGER conversation_label_sync AFTER UPDATE OF "isResolved", "lastMessageTime" ON "Conversation"
  FOR EACH ROW WHEN (OLD."isResolved" IS DISTINCT FROM NEW."isResolved" OR OLD."lastMessageTime" IS DISTINCT FROM NEW."lastMessageTime")
  EXECUTE FUNCTION conversation_label_sync();

-- A conversation's labels changed: a change event (integrators' conversation.updated), once per
-- statement's conversation and label.
CREATE FUNCTION label_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE labeled "ConversationLabel" := COALESCE(NEW, OLD);
BEGIN
  PERFORM record_change('conversation.labeled',
    (SELECT c."organizationId" FROM "Conversation" c WHERE c.id = labeled."conversationId"),
    labeled."conversationId", NULL, NULL);
  RETURN NULL;
END $$;
CREATE TRIGGER label_change AFTER INSERT OR DELETE ON "ConversationLabel"
  FOR EACH ROW EXECUTE FUNCTION label_change();
