-- A reply being written, per person and conversation, kept on the server so that it survives a
-- thread switch, a reload or another device. Sending a reply removes it (lib/messages/append.ts).
CREATE TABLE "Draft" (
  "userId" CHAR(24) NOT NULL,
  "conversationId" CHAR(24) NOT NULL,
  body TEXT NOT NULL,
  "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
  CONSTRAINT "Draft_pkey" PRIMARY KEY ("userId", "conversationId"),
  CONSTRAINT "Draft_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"(id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "Draft_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"(id) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "Draft_conversationId_idx" ON "Draft"("conversationId");

-- The author's other tabs and devices hear of it (lib/events), like their seen state.
CREATE FUNCTION draft_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE draft "Draft" := COALESCE(NEW, OLD);
BEGIN
  PERFORM inbox_event(jsonb_build_object('k', 'draft.updated', 'c', draft."conversationId", 'u', draft."userId"));
  RETURN NULL;
END $$;

CREATE TRIGGER draft_changed AFTER INSERT OR UPDATE OR DELETE ON "Draft"
  FOR EACH ROW EXECUTE FUNCTION draft_event();
