-- A contact's automatic message (an email's out-of-office reply): kept in its thread, but it never
-- reopens or unsees the conversation, starts no wait, wakes no autopilot, and is recorded as its own
-- kind of change, which no automation and no outbound webhook acts on (no mail loops).
ALTER TABLE "Message" ADD COLUMN "isAutomatic" BOOLEAN NOT NULL DEFAULT false;

CREATE OR REPLACE FUNCTION message_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM record_change(
    CASE WHEN NEW."isPrivate" THEN 'note.created'
         WHEN NEW."isAutomatic" THEN 'message.automatic'
         ELSE CASE NEW."senderType" WHEN 'CONTACT' THEN 'message.received' WHEN 'SYSTEM' THEN 'message.system'
              ELSE 'message.sent' END END,
    (SELECT c."organizationId" FROM "Conversation" c WHERE c.id = NEW."conversationId"), NEW."conversationId", NEW.id,
    NEW."userId");
  RETURN NULL;
END $$;
