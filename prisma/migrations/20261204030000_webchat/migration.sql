-- Webchat (lib/channels/webchat/): a widget on the organization's own website, a channel provider
-- like the others. Its visitors upload images; its endpoints are rate limited per visitor and per
-- client address; a visitor's page and browser travel with their conversation for the agent.

ALTER TYPE "ChannelProvider" ADD VALUE 'webchat';

-- Business hours and, later, snoozes are in the organization's own time (an IANA zone).
ALTER TABLE "Organization" ADD COLUMN "timeZone" TEXT NOT NULL DEFAULT 'UTC';

-- What the widget says of the visitor: the page they wrote from and their browser.
ALTER TABLE "Conversation" ADD COLUMN "visitorContext" JSONB;

-- A file a visitor (or, later, an agent) uploaded: kept by the storage (lib/storage), served only
-- to whoever may read the conversation it went to (and to the visitor who sent it).
CREATE TABLE "Upload" (
    "id" CHAR(24) NOT NULL DEFAULT object_id(),
    "organizationId" CHAR(24) NOT NULL,
    "connectionId" CHAR(24),
    -- The webchat visitor who sent it ("<connection id>:<address>"), for their own reads.
    "visitor" TEXT,
    "conversationId" CHAR(24),
    "storageKey" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Upload_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Upload_storageKey_key" ON "Upload"("storageKey");
CREATE INDEX "Upload_organizationId_createdAt_idx" ON "Upload"("organizationId", "createdAt");
CREATE INDEX "Upload_conversationId_idx" ON "Upload"("conversationId");
ALTER TABLE "Upload" ADD CONSTRAINT "Upload_organizationId_fkey"
    FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Upload" ADD CONSTRAINT "Upload_conversationId_fkey"
    FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every rate limit in one table (lib/limits/rate-limit.ts): the sign-in limits' counts and now the
-- webchat visitors'. Each key (a sha256 of what is limited) keeps its own window, so a row says
-- when its window ends.
ALTER TABLE "SignInAttempt" RENAME TO "RateLimit";
ALTER TABLE "RateLimit" RENAME CONSTRAINT "SignInAttempt_pkey" TO "RateLimit_pkey";
ALTER TABLE "RateLimit" RENAME COLUMN "attempts" TO "count";
ALTER TABLE "RateLimit" ADD COLUMN "resetsAt" TIMESTAMPTZ(3);
UPDATE "RateLimit" SET "resetsAt" = "windowStart" + interval '15 minutes';
ALTER TABLE "RateLimit" ALTER COLUMN "resetsAt" SET NOT NULL;
ALTER TABLE "RateLimit" DROP COLUMN "windowStart";
CREATE INDEX "RateLimit_resetsAt_idx" ON "RateLimit"("resetsAt");

-- A message event says who sent it ('y'): a webchat visitor hears of their agents' replies, never of
-- a system stamp.
CREATE OR REPLACE FUNCTION message_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM inbox_event(jsonb_build_object(
    'k', CASE TG_OP WHEN 'INSERT' THEN 'message.created' ELSE 'message.updated' END,
    'o', (SELECT c."organizationId" FROM "Conversation" c WHERE c.id = NEW."conversationId"),
    'c', NEW."conversationId", 'm', NEW.id, 'i', NEW."isIncoming", 's', NEW.status, 'y', NEW."senderType"));
  RETURN NULL;
END $$;
