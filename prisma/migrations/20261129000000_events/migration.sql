-- Live updates (lib/events): every change an inbox shows is announced on the channel "inbox_events"
-- by the database itself, so no write path (a reply, a webhook, a bulk action, a worker, a script)
-- can forget to. NOTIFY is transactional: listeners hear of a change only once it is committed, and
-- never of one rolled back. Identical notifications within one transaction are sent once, so the
-- payloads carry no sequence: the app servers name an event by its transaction and its place in it.
--
-- Payload keys are short (NOTIFY's payload is at most 8000 bytes; these are under 200):
--   k kind, x transaction id, o organization, c conversation, m message, i incoming,
--   s status, u the only user it is for, a users it is for besides those with access now.

CREATE FUNCTION inbox_event(payload jsonb) RETURNS void LANGUAGE sql VOLATILE AS $$
  SELECT pg_notify('inbox_events', (payload || jsonb_build_object('x', txid_current()::text))::text)
$$;

CREATE FUNCTION message_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM inbox_event(jsonb_build_object(
    'k', CASE TG_OP WHEN 'INSERT' THEN 'message.created' ELSE 'message.updated' END,
    'o', (SELECT c."organizationId" FROM "Conversation" c WHERE c.id = NEW."conversationId"),
    'c', NEW."conversationId", 'm', NEW.id, 'i', NEW."isIncoming", 's', NEW.status));
  RETURN NULL;
END $$;

CREATE TRIGGER message_created AFTER INSERT ON "Message"
  FOR EACH ROW EXECUTE FUNCTION message_event();
CREATE TRIGGER message_updated AFTER UPDATE OF status, "failureReason" ON "Message"
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD."failureReason" IS DISTINCT FROM NEW."failureReason")
  EXECUTE FUNCTION message_event();

-- A deleted conversation cannot be looked up afterwards: its owner and assignees travel with the event
-- (read before the delete, while the assignee rows still exist).
CREATE FUNCTION conversation_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM inbox_event(jsonb_build_object('k', 'conversation.deleted', 'o', OLD."organizationId", 'c', OLD.id,
      'a', to_jsonb(array_remove(array(SELECT x."userId" FROM "ConversationAssignee" x WHERE x."conversationId" = OLD.id)
        || OLD."userId", NULL))));
    RETURN OLD;
  END IF;
  PERFORM inbox_event(jsonb_build_object(
    'k', CASE TG_OP WHEN 'INSERT' THEN 'conversation.created' ELSE 'conversation.updated' END,
    'o', NEW."organizationId", 'c', NEW.id));
  RETURN NULL;
END $$;

CREATE TRIGGER conversation_created AFTER INSERT ON "Conversation"
  FOR EACH ROW EXECUTE FUNCTION conversation_event();
CREATE TRIGGER conversation_updated AFTER UPDATE ON "Conversation"
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION conversation_event();
CREATE TRIGGER conversation_deleted BEFORE DELETE ON "Conversation"
  FOR EACH ROW EXECUTE FUNCTION conversation_event();

-- Taking someone off a thread also tells them (they can no longer read it, so access alone would not).
CREATE FUNCTION conversation_unassigned_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM inbox_event(jsonb_build_object('k', 'conversation.updated',
    'o', (SELECT c."organizationId" FROM "Conversation" c WHERE c.id = OLD."conversationId"),
    'c', OLD."conversationId", 'a', jsonb_build_array(OLD."userId")));
  RETURN NULL;
END $$;

CREATE TRIGGER conversation_unassigned AFTER DELETE ON "ConversationAssignee"
  FOR EACH ROW EXECUTE FUNCTION conversation_unassigned_event();

-- Seen state is one person's own.
CREATE FUNCTION conversation_seen_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE seen "ConversationSeen" := COALESCE(NEW, OLD);
BEGIN
  PERFORM inbox_event(jsonb_build_object('k', 'seen.updated', 'c', seen."conversationId", 'u', seen."userId"));
  RETURN NULL;
END $$;

CREATE TRIGGER conversation_seen AFTER INSERT OR UPDATE OR DELETE ON "ConversationSeen"
  FOR EACH ROW EXECUTE FUNCTION conversation_seen_event();

-- Not sent to anyone: tells every app server that what a user may do changed (role, deactivation,
-- sessions ended, a token revoked; the argument names the column holding the person), so streams are checked again and cached tokens dropped at once.
CREATE FUNCTION access_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM inbox_event(jsonb_build_object('k', 'access', 'u', to_jsonb(NEW) ->> TG_ARGV[0]));
  RETURN NULL;
END $$;

CREATE TRIGGER user_access AFTER UPDATE OF role, "deactivatedAt", "sessionVersion" ON "User"
  FOR EACH ROW WHEN (OLD.role IS DISTINCT FROM NEW.role OR OLD."deactivatedAt" IS DISTINCT FROM NEW."deactivatedAt"
    OR OLD."sessionVersion" IS DISTINCT FROM NEW."sessionVersion")
  EXECUTE FUNCTION access_event('id');
CREATE TRIGGER api_token_access AFTER UPDATE OF "revokedAt" ON "ApiToken"
  FOR EACH ROW WHEN (OLD."revokedAt" IS DISTINCT FROM NEW."revokedAt") EXECUTE FUNCTION access_event('userId');
