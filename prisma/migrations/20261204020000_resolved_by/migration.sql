-- Who resolved a conversation (the thread says "Resolved … by …"); cleared when it reopens.
ALTER TABLE "Conversation" ADD COLUMN "resolvedById" CHAR(24);
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_resolvedById_fkey"
    FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "Conversation_resolvedById_idx" ON "Conversation"("resolvedById");
