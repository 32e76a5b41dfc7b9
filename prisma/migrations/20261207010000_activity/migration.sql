-- The activity trail (lib/activity): who assigned, unassigned, resolved, reopened, snoozed or woke a
-- conversation, turned its autopilot on or off, added or deleted a note, and when. Written by
-- triggers in the transaction that made the change, as the live events are, so that no write path
-- can forget it. The actor is the person the change records (changedById, resolvedById, a note's
-- writer) or, for a deletion, the transaction's `inbox.actor` setting; none for the contact, the
-- autopilot or an automation (whose id comes from the `automation.id` setting). Rows outlive their
-- conversation (no foreign key to it): they are also the audit log's.

CREATE TABLE "Activity" (
    "id" BIGSERIAL NOT NULL,
    "organizationId" CHAR(24) NOT NULL,
    "conversationId" CHAR(24),
    "kind" TEXT NOT NULL,
    "actorId" CHAR(24),
    "automationId" CHAR(24),
    "subjectId" CHAR(24),
    "detail" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);
-- Newest first by id, which grows with time: a conversation's trail, and an organization's log.
CREATE INDEX "Activity_conversationId_id_idx" ON "Activity"("conversationId", "id" DESC);
CREATE INDEX "Activity_organizationId_id_idx" ON "Activity"("organizationId", "id" DESC);
CREATE INDEX "Activity_actorId_idx" ON "Activity"("actorId");
CREATE INDEX "Activity_subjectId_idx" ON "Activity"("subjectId");
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_organizationId_fkey"
    FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_actorId_fkey"
    FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_subjectId_fkey"
    FOREIGN KEY ("subjectId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE FUNCTION record_activity(organization char(24), conversation char(24), what text, actor char(24),
                                subject char(24), detail jsonb DEFAULT '{}') RETURNS void LANGUAGE plpgsql VOLATILE AS $$
DECLARE automation char(24) := NULLIF(current_setting('automation.id', true), '');
BEGIN
  -- A conversation deleted in the same statement has no organization left: its deletion says enough.
  IF organization IS NULL THEN RETURN; END IF;
  INSERT INTO "Activity" ("organizationId", "conversationId", kind, "actorId", "automationId", "subjectId", detail)
  VALUES (organization, conversation, what,
          -- What an automation did is its own, whoever's change last touched the row.
          CASE WHEN automation IS NULL THEN actor END, automation, subject, detail);
END $$;

CREATE FUNCTION assignee_activity() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE assignee "ConversationAssignee" := COALESCE(NEW, OLD);
BEGIN
  PERFORM record_activity(c."organizationId", c.id,
    CASE TG_OP WHEN 'INSERT' THEN 'assigned' ELSE 'unassigned' END, c."changedById", assignee."userId")
  FROM (SELECT NULL) one LEFT JOIN "Conversation" c ON c.id = assignee."conversationId";
  RETURN NULL;
END $$;
CREATE TRIGGER assignee_activity AFTER INSERT OR DELETE ON "ConversationAssignee"
  FOR EACH ROW EXECUTE FUNCTION assignee_activity();

CREATE FUNCTION conversation_activity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."isResolved" AND NOT OLD."isResolved" THEN
    PERFORM record_activity(NEW."organizationId", NEW.id, 'resolved', NEW."resolvedById", NULL);
  ELSIF OLD."isResolved" AND NOT NEW."isResolved" THEN
    PERFORM record_activity(NEW."organizationId", NEW.id, 'reopened', NEW."changedById", NULL);
  END IF;
  IF NEW."isSnoozed" AND (NOT OLD."isSnoozed" OR NEW."snoozedUntil" IS DISTINCT FROM OLD."snoozedUntil") THEN
    PERFORM record_activity(NEW."organizationId", NEW.id, 'snoozed', NEW."changedById", NULL,
      jsonb_build_object('until', to_char(NEW."snoozedUntil" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')));
  ELSIF OLD."isSnoozed" AND NOT NEW."isSnoozed" AND NOT NEW."isResolved" THEN
    PERFORM record_activity(NEW."organizationId", NEW.id, 'woken', NEW."changedById", NULL);
  END IF;
  IF NEW."isAutopilot" <> OLD."isAutopilot" THEN
    PERFORM record_activity(NEW."organizationId", NEW.id,
      CASE WHEN NEW."isAutopilot" THEN 'autopilot.on' ELSE 'autopilot.off' END, NEW."changedById", NULL);
  END IF;
  RETURN NULL;
END $$;
-- Only when one of them moved: every contact's message sets them, most often to what they were.
CREATE TRIGGER conversation_activity AFTER UPDATE OF "isResolved", "isSnoozed", "snoozedUntil", "isAutopilot"
  ON "Conversation" FOR EACH ROW
  WHEN (OLD."isResolved" IS DISTINCT FROM NEW."isResolved" OR OLD."isSnoozed" IS DISTINCT FROM NEW."isSnoozed"
        OR OLD."snoozedUntil" IS DISTINCT FROM NEW."snoozedUntil" OR OLD."isAutopilot" IS DISTINCT FROM NEW."isAutopilot")
  EXECUTE FUNCTION conversation_activity();

CREATE FUNCTION note_activity() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE note "Message" := COALESCE(NEW, OLD);
BEGIN
  PERFORM record_activity(c."organizationId", c.id,
    CASE TG_OP WHEN 'INSERT' THEN 'note.added' ELSE 'note.deleted' END,
    CASE TG_OP WHEN 'INSERT' THEN note."userId" ELSE NULLIF(current_setting('inbox.actor', true), '') END,
    CASE TG_OP WHEN 'DELETE' THEN note."userId" END, jsonb_build_object('messageId', note.id))
  FROM (SELECT NULL) one LEFT JOIN "Conversation" c ON c.id = note."conversationId";
  RETURN NULL;
END $$;
CREATE TRIGGER note_added_activity AFTER INSERT ON "Message"
  FOR EACH ROW WHEN (NEW."isPrivate") EXECUTE FUNCTION note_activity();
CREATE TRIGGER note_deleted_activity AFTER DELETE ON "Message"
  FOR EACH ROW WHEN (OLD."isPrivate") EXECUTE FUNCTION note_activity();
