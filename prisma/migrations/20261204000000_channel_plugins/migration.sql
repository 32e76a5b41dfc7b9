-- Channels as plug-ins (lib/channels/<provider>/). A connection says which conversations it
-- carries and keeps its last credentials check; a conversation remembers the connection it runs on
-- (replies go out by it); a provider's message id is unique per connection, so one organization's
-- id can no longer stand for another organization's message.

ALTER TABLE "ChannelConnection"
    ADD COLUMN "channelType" "ChannelType",
    ADD COLUMN "checkedAt" TIMESTAMPTZ(3),
    ADD COLUMN "checkOk" BOOLEAN,
    ADD COLUMN "checkMessage" TEXT;
UPDATE "ChannelConnection"
    SET "channelType" = CASE provider WHEN 'twilio' THEN 'sms' ELSE 'facebook' END::"ChannelType";
ALTER TABLE "ChannelConnection" ALTER COLUMN "channelType" SET NOT NULL;
DROP INDEX "ChannelConnection_organizationId_idx";
CREATE INDEX "ChannelConnection_organizationId_channelType_idx" ON "ChannelConnection"("organizationId", "channelType");

ALTER TABLE "Conversation" ADD COLUMN "connectionId" CHAR(24);
CREATE INDEX "Conversation_connectionId_idx" ON "Conversation"("connectionId");
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_connectionId_fkey"
    FOREIGN KEY ("connectionId") REFERENCES "ChannelConnection"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Recorded by the built-in provider: no channel was connected to carry it.
ALTER TABLE "Message"
    ADD COLUMN "connectionId" CHAR(24),
    ADD COLUMN "recordedOnly" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Message" ADD CONSTRAINT "Message_connectionId_fkey"
    FOREIGN KEY ("connectionId") REFERENCES "ChannelConnection"("id") ON DELETE SET NULL ON UPDATE CASCADE;
-- Messages that already carry a provider's id belong to their organization's first connection of
-- their channel (until now an organization had at most one that could have made them).
UPDATE "Message" m SET "connectionId" = (
    SELECT cc.id FROM "ChannelConnection" cc JOIN "Conversation" c ON c."organizationId" = cc."organizationId"
    WHERE c.id = m."conversationId" AND cc."channelType" = m."channelType"
    ORDER BY cc."createdAt", cc.id LIMIT 1)
WHERE m."providerMessageId" IS NOT NULL;
DROP INDEX "Message_providerMessageId_key";
CREATE UNIQUE INDEX "Message_connectionId_providerMessageId_key" ON "Message"("connectionId", "providerMessageId");
