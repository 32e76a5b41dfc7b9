-- Outbound webhooks for integrators (lib/webhooks/): endpoints an admin adds, the deliveries the
-- change events make for them, and every attempt. The events are the automations' seam
-- (ChangeEvent), read by a second consumer with its own mark; contacts' changes, messages' status
-- and automations' firings are recorded too now.
ALTER TABLE "ChangeEvent" ADD COLUMN "webhookedAt" TIMESTAMPTZ(3);
CREATE INDEX "ChangeEvent_webhook_pending_idx" ON "ChangeEvent"("id") WHERE ("webhookedAt" IS NULL);

CREATE FUNCTION message_status_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM record_change('message.updated',
    (SELECT c."organizationId" FROM "Conversation" c WHERE c.id = NEW."conversationId"), NEW."conversationId", NEW.id, NULL);
  RETURN NULL;
END $$;
CREATE TRIGGER message_status_change AFTER UPDATE OF status, "failureReason" ON "Message"
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD."failureReason" IS DISTINCT FROM NEW."failureReason")
  EXECUTE FUNCTION message_status_change();

-- A contact's own fields (not its updatedAt alone).
CREATE FUNCTION contact_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ChangeEvent" ("organizationId", kind, "contactId", depth, "automationId")
  VALUES (NEW."organizationId", CASE TG_OP WHEN 'INSERT' THEN 'contact.created' ELSE 'contact.updated' END, NEW.id,
          COALESCE(NULLIF(current_setting('automation.depth', true), '')::int, 0),
          NULLIF(current_setting('automation.id', true), ''));
  PERFORM pg_notify('change_events', '');
  RETURN NULL;
END $$;
ALTER TABLE "ChangeEvent" ADD COLUMN "contactId" CHAR(24);
CREATE TRIGGER contact_created AFTER INSERT ON "Contact" FOR EACH ROW EXECUTE FUNCTION contact_change();
CREATE TRIGGER contact_updated AFTER UPDATE ON "Contact"
  FOR EACH ROW WHEN ((to_jsonb(OLD) - 'updatedAt') IS DISTINCT FROM (to_jsonb(NEW) - 'updatedAt'))
  EXECUTE FUNCTION contact_change();

-- An automation's firing (its run, when it fired; read after the commit, with what it did).
ALTER TABLE "ChangeEvent" ADD COLUMN "runId" CHAR(24);
CREATE FUNCTION automation_fired() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ChangeEvent" ("organizationId", kind, "conversationId", "runId", depth, "automationId")
  SELECT a."organizationId", 'automation.fired', NEW."conversationId", NEW.id,
         COALESCE(NULLIF(current_setting('automation.depth', true), '')::int, 0), NEW."automationId"
  FROM "Automation" a WHERE a.id = NEW."automationId";
  PERFORM pg_notify('change_events', '');
  RETURN NULL;
END $$;
CREATE TRIGGER automation_fired AFTER INSERT ON "AutomationRun"
  FOR EACH ROW WHEN (NEW.outcome = 'fired') EXECUTE FUNCTION automation_fired();

-- An endpoint: where to POST, which events, the signing secret (sealed; the one before a rotation
-- stays valid a day), and whether it is on. failingSince: the first failure since its last success;
-- five days of that and it is turned off.
CREATE TABLE "WebhookEndpoint" (
    "id" CHAR(24) NOT NULL DEFAULT object_id(),
    "organizationId" CHAR(24) NOT NULL,
    "url" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "events" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "secret" TEXT NOT NULL,
    "previousSecret" TEXT,
    "previousSecretUntil" TIMESTAMPTZ(3),
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "disabledReason" TEXT,
    "failingSince" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "WebhookEndpoint_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "WebhookEndpoint_organizationId_idx" ON "WebhookEndpoint"("organizationId");
ALTER TABLE "WebhookEndpoint" ADD CONSTRAINT "WebhookEndpoint_organizationId_fkey"
    FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- One event for one endpoint: its body made once (every attempt sends the same bytes, under the
-- same webhook-id, so a receiver can drop duplicates).
CREATE TABLE "WebhookDelivery" (
    "id" CHAR(24) NOT NULL DEFAULT object_id(),
    "endpointId" CHAR(24) NOT NULL,
    "eventId" BIGINT NOT NULL,
    "type" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3),
    "deliveredAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "WebhookDelivery_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "WebhookDelivery_endpointId_eventId_key" ON "WebhookDelivery"("endpointId", "eventId");
-- The delivery log: newest change first.
CREATE INDEX "WebhookDelivery_endpointId_eventId_idx" ON "WebhookDelivery"("endpointId", "eventId" DESC);
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_endpointId_fkey"
    FOREIGN KEY ("endpointId") REFERENCES "WebhookEndpoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "WebhookAttempt" (
    "id" CHAR(24) NOT NULL DEFAULT object_id(),
    "deliveryId" CHAR(24) NOT NULL,
    "statusCode" INTEGER,
    "latencyMs" INTEGER NOT NULL,
    "answer" TEXT NOT NULL DEFAULT '',
    "error" TEXT,
    "replay" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "WebhookAttempt_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "WebhookAttempt_deliveryId_createdAt_idx" ON "WebhookAttempt"("deliveryId", "createdAt");
ALTER TABLE "WebhookAttempt" ADD CONSTRAINT "WebhookAttempt_deliveryId_fkey"
    FOREIGN KEY ("deliveryId") REFERENCES "WebhookDelivery"("id") ON DELETE CASCADE ON UPDATE CASCADE;
