-- Autopilot (lib/ai/): the organization's model, the processes it follows, every call it made, and
-- what a process extracts about a contact.

ALTER TABLE "Contact" ADD COLUMN "attributes" JSONB NOT NULL DEFAULT '{}';

-- The reference's autopilot monitor: a conversation on autopilot whose contact has waited this many
-- minutes is stalled; the filter reads only conversations on autopilot.
ALTER TABLE "Organization" ADD COLUMN "autopilotStalledMinutes" INTEGER NOT NULL DEFAULT 5;
CREATE INDEX "Conversation_autopilot_idx" ON "Conversation"("organizationId", "isResolved", "lastMessageTime" DESC, "id" DESC)
    WHERE "isAutopilot";

CREATE TABLE "ModelProvider" (
    "organizationId" CHAR(24) NOT NULL,
    "baseUrl" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "sealedApiKey" TEXT,
    "dailyTokenBudget" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ModelProvider_pkey" PRIMARY KEY ("organizationId")
);
ALTER TABLE "ModelProvider" ADD CONSTRAINT "ModelProvider_organizationId_fkey"
    FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "Process" (
    "id" CHAR(24) NOT NULL DEFAULT object_id(),
    "organizationId" CHAR(24) NOT NULL,
    "name" TEXT NOT NULL,
    "instructions" TEXT NOT NULL,
    "model" TEXT,
    "fields" JSONB NOT NULL DEFAULT '[]',
    "actions" TEXT[],
    "replyDelaySeconds" INTEGER NOT NULL DEFAULT 45,
    "handoffKeywords" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "maxTurns" INTEGER NOT NULL DEFAULT 20,
    "handoffUserId" CHAR(24),
    "activeHours" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Process_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Process_organizationId_name_key" ON "Process"("organizationId", "name");
ALTER TABLE "Process" ADD CONSTRAINT "Process_organizationId_fkey"
    FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Process" ADD CONSTRAINT "Process_handoffUserId_fkey"
    FOREIGN KEY ("handoffUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "ModelCall" (
    "id" CHAR(24) NOT NULL DEFAULT object_id(),
    "organizationId" CHAR(24) NOT NULL,
    "conversationId" CHAR(24),
    "processId" CHAR(24),
    "purpose" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "tokensIn" INTEGER NOT NULL DEFAULT 0,
    "tokensOut" INTEGER NOT NULL DEFAULT 0,
    "latencyMs" INTEGER NOT NULL,
    "outcome" TEXT NOT NULL,
    "error" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ModelCall_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "ModelCall_organizationId_createdAt_idx" ON "ModelCall"("organizationId", "createdAt" DESC);
ALTER TABLE "ModelCall" ADD CONSTRAINT "ModelCall_organizationId_fkey"
    FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Lead outreach (lib/ai/leads.ts): where leads come from, and each lead taken in by its caller's key.
CREATE TABLE "LeadSource" (
    "id" CHAR(24) NOT NULL DEFAULT object_id(),
    "organizationId" CHAR(24) NOT NULL,
    "name" TEXT NOT NULL,
    "processId" CHAR(24),
    "isAutopilot" BOOLEAN NOT NULL DEFAULT true,
    "starterMessage" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LeadSource_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "LeadSource_organizationId_name_key" ON "LeadSource"("organizationId", "name");
ALTER TABLE "LeadSource" ADD CONSTRAINT "LeadSource_organizationId_fkey"
    FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "LeadSource" ADD CONSTRAINT "LeadSource_processId_fkey"
    FOREIGN KEY ("processId") REFERENCES "Process"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "Lead" (
    "id" CHAR(24) NOT NULL DEFAULT object_id(),
    "organizationId" CHAR(24) NOT NULL,
    "sourceId" CHAR(24),
    "idempotencyKey" TEXT NOT NULL,
    "conversationId" CHAR(24),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Lead_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Lead_organizationId_idempotencyKey_key" ON "Lead"("organizationId", "idempotencyKey");
ALTER TABLE "Lead" ADD CONSTRAINT "Lead_organizationId_fkey"
    FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Lead" ADD CONSTRAINT "Lead_sourceId_fkey"
    FOREIGN KEY ("sourceId") REFERENCES "LeadSource"("id") ON DELETE SET NULL ON UPDATE CASCADE;
