-- Autopilot (lib/ai/): the organization's model, the processes it follows, every call it made, and
-- what a process extracts about a contact.

ALTER TABLE "Contact" ADD COLUMN "attributes" JSONB NOT NULL DEFAULT '{}';

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
