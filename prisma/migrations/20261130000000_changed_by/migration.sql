-- Who last changed a conversation's assignees or resolution: named in the 409 a stale write gets,
-- so the person who lost the race learns who won it. Not part of the conversation's JSON.
ALTER TABLE "Conversation" ADD COLUMN "changedById" CHAR(24);
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_changedById_fkey"
  FOREIGN KEY ("changedById") REFERENCES "User"(id) ON DELETE SET NULL ON UPDATE CASCADE;
