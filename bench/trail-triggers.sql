-- The activity trail's triggers on the conversation write paths, on and off in one run (docs/benchmarks.md):
-- createdb trig_bench && DATABASE_URL=…/trig_bench npx tsx scripts/migrate.ts && psql -d trig_bench -f bench/trail-triggers.sql,
-- then time CALL churn() with conversation_activity and assignee_activity enabled, and disabled (ALTER TABLE … DISABLE TRIGGER).
INSERT INTO "Organization"(id, name) VALUES ('aaaaaaaaaaaaaaaaaaaaaaaa','B');
INSERT INTO "User"(id, "organizationId", email, "fullName", role, "passwordHash", "updatedAt") VALUES ('bbbbbbbbbbbbbbbbbbbbbbbb','aaaaaaaaaaaaaaaaaaaaaaaa','b@x','B','ADMIN','x',now());
INSERT INTO "Contact"(id, "organizationId", "fullName") VALUES ('cccccccccccccccccccccccc','aaaaaaaaaaaaaaaaaaaaaaaa','C');
INSERT INTO "Conversation"(id, "organizationId", "contactId", "channelType", "channelIdentifier", "updatedAt")
  SELECT lpad(to_hex(g), 24, '0'), 'aaaaaaaaaaaaaaaaaaaaaaaa', 'cccccccccccccccccccccccc', 'sms', '+1' || g, now() FROM generate_series(1, 2000) g;
CREATE OR REPLACE PROCEDURE churn() LANGUAGE plpgsql AS $$
DECLARE i int;
BEGIN
  FOR i IN 1..2000 LOOP
    UPDATE "Conversation" SET "isResolved" = true, "resolvedById" = 'bbbbbbbbbbbbbbbbbbbbbbbb', "changedById" = 'bbbbbbbbbbbbbbbbbbbbbbbb', version = version + 1 WHERE id = lpad(to_hex(i), 24, '0');
    UPDATE "Conversation" SET "isResolved" = false, version = version + 1 WHERE id = lpad(to_hex(i), 24, '0');
    INSERT INTO "ConversationAssignee"("conversationId", "userId") VALUES (lpad(to_hex(i), 24, '0'), 'bbbbbbbbbbbbbbbbbbbbbbbb');
    DELETE FROM "ConversationAssignee" WHERE "conversationId" = lpad(to_hex(i), 24, '0');
    UPDATE "Conversation" SET "isResolved" = false, "lastIncomingAt" = now() WHERE id = lpad(to_hex(i), 24, '0');
  END LOOP;
END $$;
