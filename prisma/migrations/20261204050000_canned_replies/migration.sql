-- Canned replies (lib/canned/): the organization's (no owner) and each person's own, found by their
-- shortcut in the composer, the most used first.
CREATE TABLE "CannedReply" (
    "id" CHAR(24) NOT NULL DEFAULT object_id(),
    "organizationId" CHAR(24) NOT NULL,
    "userId" CHAR(24),
    "shortcut" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "usageCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CannedReply_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "CannedReply_organization_shortcut_key" ON "CannedReply"("organizationId", "shortcut")
    WHERE ("userId" IS NULL);
CREATE UNIQUE INDEX "CannedReply_user_shortcut_key" ON "CannedReply"("userId", "shortcut")
    WHERE ("userId" IS NOT NULL);
CREATE INDEX "CannedReply_organizationId_usageCount_idx" ON "CannedReply"("organizationId", "usageCount" DESC);
ALTER TABLE "CannedReply" ADD CONSTRAINT "CannedReply_organizationId_fkey"
    FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CannedReply" ADD CONSTRAINT "CannedReply_userId_fkey"
    FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
