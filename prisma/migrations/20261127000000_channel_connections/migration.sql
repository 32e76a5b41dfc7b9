-- An organization's connection to a channel provider: a Twilio number, a Facebook Page.
CREATE TYPE "ChannelProvider" AS ENUM ('twilio', 'messenger');

CREATE TABLE "ChannelConnection" (
    "id" CHAR(24) NOT NULL DEFAULT object_id(),
    "organizationId" CHAR(24) NOT NULL,
    "provider" "ChannelProvider" NOT NULL,
    "name" TEXT NOT NULL,
    -- What may be shown: Twilio's Account SID and sender, a Page's id.
    "settings" JSONB NOT NULL DEFAULT '{}',
    -- The provider's secrets as one JSON object, sealed with AES-256-GCM (lib/crypto/secret-box.ts).
    "sealedSecrets" TEXT NOT NULL,
    -- In the connection's webhook URLs: random, so a URL says nothing about ids.
    "webhookKey" TEXT NOT NULL,
    "disabledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ChannelConnection_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "ChannelConnection_webhookKey_key" ON "ChannelConnection"("webhookKey");
CREATE INDEX "ChannelConnection_organizationId_idx" ON "ChannelConnection"("organizationId");
ALTER TABLE "ChannelConnection" ADD CONSTRAINT "ChannelConnection_organizationId_fkey"
    FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The provider's id of a message (Twilio's MessageSid, Messenger's mid): a webhook delivered twice
-- stores one message, and status callbacks find theirs.
ALTER TABLE "Message" ADD COLUMN "providerMessageId" TEXT;
CREATE UNIQUE INDEX "Message_providerMessageId_key" ON "Message"("providerMessageId");
