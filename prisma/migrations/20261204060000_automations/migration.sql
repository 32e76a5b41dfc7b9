-- Automations (lib/automations/): rules that act on conversations, and the durable record of
-- changes they act on.
--
-- ChangeEvent is the seam: every change a rule (and, later, an outbound webhook) may act on is
-- recorded by these triggers in the transaction that made it, so no write path can forget one, a
-- rolled-back change records nothing, and a crash after commit loses nothing (NOTIFY alone, which
-- screens get, is lost when no one is listening). Its consumers mark what they have handled.
-- An automation's own transaction says so (set_config 'automation.depth' and 'automation.id'):
-- the changes it makes are recorded one level deeper, which is how a chain of rules is stopped.
CREATE TABLE "ChangeEvent" (
    "id" BIGSERIAL NOT NULL,
    "organizationId" CHAR(24) NOT NULL,
    "kind" TEXT NOT NULL,
    "conversationId" CHAR(24),
    "messageId" CHAR(24),
    "userId" CHAR(24),
    "depth" INTEGER NOT NULL DEFAULT 0,
    "automationId" CHAR(24),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "automatedAt" TIMESTAMPTZ(3),
    CONSTRAINT "ChangeEvent_pkey" PRIMARY KEY ("id")
);
-- What the automations have not handled yet, oldest first; and the old ones, for pruning.
CREATE INDEX "ChangeEvent_pending_idx" ON "ChangeEvent"("id") WHERE ("automatedAt" IS NULL);
CREATE INDEX "ChangeEvent_createdAt_idx" ON "ChangeEvent"("createdAt");

CREATE FUNCTION record_change(kind text, organization char(24), conversation char(24), message char(24),
                              person char(24)) RETURNS void LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  -- A conversation deleted in the same statement (its assignees going with it) has no organization left.
  IF organization IS NULL THEN RETURN; END IF;
  INSERT INTO "ChangeEvent" ("organizationId", kind, "conversationId", "messageId", "userId", depth, "automationId")
  VALUES (organization, kind, conversation, message, person,
          COALESCE(NULLIF(current_setting('automation.depth', true), '')::int, 0),
          NULLIF(current_setting('automation.id', true), ''));
  -- Identical notifications in one transaction are sent once: one wake-up per transaction.
  PERFORM pg_notify('change_events', '');
END $$;

CREATE FUNCTION message_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM record_change(
    CASE NEW."senderType" WHEN 'CONTACT' THEN 'message.received' WHEN 'SYSTEM' THEN 'message.system' ELSE 'message.sent' END,
    (SELECT c."organizationId" FROM "Conversation" c WHERE c.id = NEW."conversationId"), NEW."conversationId", NEW.id,
    NEW."userId");
  RETURN NULL;
END $$;
CREATE TRIGGER message_change AFTER INSERT ON "Message" FOR EACH ROW EXECUTE FUNCTION message_change();

-- A conversation's own fields (what moves __v): resolved, reopened, or otherwise updated.
CREATE FUNCTION conversation_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM record_change('conversation.created', NEW."organizationId", NEW.id, NULL, NEW."userId");
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM record_change('conversation.deleted', OLD."organizationId", OLD.id, NULL, NULL);
  ELSIF NEW."isResolved" AND NOT OLD."isResolved" THEN
    PERFORM record_change('conversation.resolved', NEW."organizationId", NEW.id, NULL, NEW."resolvedById");
  ELSIF OLD."isResolved" AND NOT NEW."isResolved" THEN
    PERFORM record_change('conversation.reopened', NEW."organizationId", NEW.id, NULL, NULL);
  ELSIF NEW.version <> OLD.version THEN
    PERFORM record_change('conversation.updated', NEW."organizationId", NEW.id, NULL, NEW."changedById");
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER conversation_change AFTER INSERT OR DELETE OR UPDATE ON "Conversation"
  FOR EACH ROW EXECUTE FUNCTION conversation_change();

CREATE FUNCTION assignee_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE assignee "ConversationAssignee" := COALESCE(NEW, OLD);
BEGIN
  PERFORM record_change(CASE TG_OP WHEN 'INSERT' THEN 'conversation.assigned' ELSE 'conversation.unassigned' END,
    (SELECT c."organizationId" FROM "Conversation" c WHERE c.id = assignee."conversationId"),
    assignee."conversationId", NULL, assignee."userId");
  RETURN NULL;
END $$;
CREATE TRIGGER assignee_change AFTER INSERT OR DELETE ON "ConversationAssignee"
  FOR EACH ROW EXECUTE FUNCTION assignee_change();

-- A rule: an event, conditions (all or any), actions. Time-based events fire delaySeconds after
-- the message that started the wait.
CREATE TABLE "Automation" (
    "id" CHAR(24) NOT NULL DEFAULT object_id(),
    "organizationId" CHAR(24) NOT NULL,
    "name" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "event" TEXT NOT NULL,
    "delaySeconds" INTEGER,
    "match" TEXT NOT NULL DEFAULT 'all',
    "conditions" JSONB NOT NULL DEFAULT '[]',
    "actions" JSONB NOT NULL DEFAULT '[]',
    "webhookSecret" TEXT,
    "lastAssigneeId" CHAR(24),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Automation_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Automation_organizationId_name_key" ON "Automation"("organizationId", "name");
CREATE INDEX "Automation_enabled_idx" ON "Automation"("organizationId", "event") WHERE "enabled";
ALTER TABLE "Automation" ADD CONSTRAINT "Automation_organizationId_fkey"
    FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- One firing (or a refusal to fire) per automation and trigger: unique, so a firing retried after
-- a crash happens once.
CREATE TABLE "AutomationRun" (
    "id" CHAR(24) NOT NULL DEFAULT object_id(),
    "automationId" CHAR(24) NOT NULL,
    "conversationId" CHAR(24),
    "triggerKey" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "detail" TEXT,
    "actions" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AutomationRun_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "AutomationRun_automationId_triggerKey_key" ON "AutomationRun"("automationId", "triggerKey");
CREATE INDEX "AutomationRun_automationId_createdAt_id_idx" ON "AutomationRun"("automationId", "createdAt" DESC, "id" DESC);
CREATE INDEX "AutomationRun_conversationId_idx" ON "AutomationRun"("conversationId");
ALTER TABLE "AutomationRun" ADD CONSTRAINT "AutomationRun_automationId_fkey"
    FOREIGN KEY ("automationId") REFERENCES "Automation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AutomationRun" ADD CONSTRAINT "AutomationRun_conversationId_fkey"
    FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The automation that sent a message (its templated reply): such a reply answers no one waiting.
ALTER TABLE "Message" ADD COLUMN "automationId" CHAR(24);
