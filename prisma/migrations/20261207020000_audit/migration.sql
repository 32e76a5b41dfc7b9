-- The audit log (lib/activity/audit.ts): what admins answer for, recorded in "Activity" beside the
-- conversations' trails, by triggers on the tables that hold it, so that no write path leaves a
-- change out: people joining, their roles, deactivations; invitations; channel connections; API
-- tokens; deleted conversations. (Sign-ins are recorded by the sign-in itself, which changes no
-- row.) The actor is the transaction's `inbox.actor` setting where the row does not name one; a
-- change made without it (a script, an operator's SQL) is recorded with no actor.

CREATE FUNCTION acting_person() RETURNS char(24) LANGUAGE sql STABLE AS $$
  SELECT NULLIF(current_setting('inbox.actor', true), '')::char(24)
$$;

CREATE FUNCTION person_audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    -- Joining by an invitation: the newcomer is their own actor.
    PERFORM record_activity(NEW."organizationId", NULL, 'person.joined', COALESCE(acting_person(), NEW.id), NEW.id,
      jsonb_build_object('role', NEW.role, 'email', NEW.email));
    RETURN NULL;
  END IF;
  IF NEW.role <> OLD.role THEN
    PERFORM record_activity(NEW."organizationId", NULL, 'person.role', acting_person(), NEW.id,
      jsonb_build_object('from', OLD.role, 'to', NEW.role));
  END IF;
  IF NEW."deactivatedAt" IS NOT NULL AND OLD."deactivatedAt" IS NULL THEN
    PERFORM record_activity(NEW."organizationId", NULL, 'person.deactivated', acting_person(), NEW.id);
  ELSIF NEW."deactivatedAt" IS NULL AND OLD."deactivatedAt" IS NOT NULL THEN
    PERFORM record_activity(NEW."organizationId", NULL, 'person.reactivated', acting_person(), NEW.id);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER person_audit AFTER INSERT OR UPDATE OF role, "deactivatedAt" ON "User"
  FOR EACH ROW EXECUTE FUNCTION person_audit();

CREATE FUNCTION invitation_audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM record_activity(NEW."organizationId", NULL, 'invitation.sent', COALESCE(NEW."invitedById", acting_person()),
      NULL, jsonb_build_object('email', NEW.email, 'role', NEW.role));
  ELSIF NEW."revokedAt" IS NOT NULL AND OLD."revokedAt" IS NULL THEN
    PERFORM record_activity(NEW."organizationId", NULL, 'invitation.withdrawn', acting_person(), NULL,
      jsonb_build_object('email', NEW.email, 'role', NEW.role));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER invitation_audit AFTER INSERT OR UPDATE OF "revokedAt" ON "Invitation"
  FOR EACH ROW EXECUTE FUNCTION invitation_audit();

-- A connection's credentials and sender are in settings and sealedSecrets: a change to either is
-- one "changed" step (what changed is not written down: secrets never are).
CREATE FUNCTION channel_audit() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE connection "ChannelConnection" := COALESCE(NEW, OLD);
DECLARE about jsonb := jsonb_build_object('name', connection.name, 'provider', connection.provider,
                                          'channelId', connection.id);
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM record_activity(NEW."organizationId", NULL, 'channel.connected', acting_person(), NULL, about);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM record_activity(c.id, NULL, 'channel.removed', acting_person(), NULL, about)
    FROM "Organization" c WHERE c.id = OLD."organizationId";
  ELSE
    IF NEW."disabledAt" IS NOT NULL AND OLD."disabledAt" IS NULL THEN
      PERFORM record_activity(NEW."organizationId", NULL, 'channel.disabled', acting_person(), NULL, about);
    ELSIF NEW."disabledAt" IS NULL AND OLD."disabledAt" IS NOT NULL THEN
      PERFORM record_activity(NEW."organizationId", NULL, 'channel.enabled', acting_person(), NULL, about);
    END IF;
    IF NEW.name <> OLD.name OR NEW.settings <> OLD.settings OR NEW."sealedSecrets" <> OLD."sealedSecrets" THEN
      PERFORM record_activity(NEW."organizationId", NULL, 'channel.changed', acting_person(), NULL,
        about || jsonb_build_object('previousName', OLD.name));
    END IF;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER channel_audit AFTER INSERT OR DELETE OR UPDATE OF name, "disabledAt", settings, "sealedSecrets"
  ON "ChannelConnection" FOR EACH ROW EXECUTE FUNCTION channel_audit();

CREATE FUNCTION token_audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM record_activity(u."organizationId", NULL, 'token.created', COALESCE(acting_person(), u.id), u.id,
      jsonb_build_object('name', NEW.name, 'prefix', NEW.prefix))
    FROM "User" u WHERE u.id = NEW."userId";
  ELSIF NEW."revokedAt" IS NOT NULL AND OLD."revokedAt" IS NULL THEN
    -- Revoked by its owner, or with their deactivation (the admin is acting then).
    PERFORM record_activity(u."organizationId", NULL, 'token.revoked', COALESCE(acting_person(), u.id), u.id,
      jsonb_build_object('name', NEW.name, 'prefix', NEW.prefix))
    FROM "User" u WHERE u.id = NEW."userId";
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER token_audit AFTER INSERT OR UPDATE OF "revokedAt" ON "ApiToken"
  FOR EACH ROW EXECUTE FUNCTION token_audit();

CREATE FUNCTION conversation_deleted_audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM record_activity(o.id, OLD.id, 'conversation.deleted', acting_person(), NULL,
    jsonb_build_object('contact', (SELECT ct."fullName" FROM "Contact" ct WHERE ct.id = OLD."contactId"),
                       'channelType', OLD."channelType", 'messageCount', OLD."messageCount"))
  FROM "Organization" o WHERE o.id = OLD."organizationId";
  RETURN NULL;
END $$;
CREATE TRIGGER conversation_deleted_audit AFTER DELETE ON "Conversation"
  FOR EACH ROW EXECUTE FUNCTION conversation_deleted_audit();
