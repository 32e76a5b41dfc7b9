-- The newer of two copies (lib/queries/newer.ts). A conversation's updatedAt is its version for the
-- browser's cache: it grows with every change of the row, strictly, in the order the changes commit.
-- now() alone is not that: it is the transaction's start, so a writer that started first and waited
-- on the row lock would write an earlier time after a later one, and two changes in one millisecond
-- would tie. Under the row lock OLD is the last committed version, so this is strictly greater.
CREATE FUNCTION conversation_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."updatedAt" := GREATEST(now()::timestamptz(3), OLD."updatedAt" + interval '1 millisecond');
  RETURN NEW;
END $$;

CREATE TRIGGER conversation_version BEFORE UPDATE ON "Conversation"
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION conversation_version();

-- A draft's saves from one composer carry a revision that grows as its person types: a save that
-- arrives after a later one of the same composer (a debounced save overtaken by the one sent as the
-- page went away) is not applied. Another composer's save (another tab, after a reload) is.
ALTER TABLE "Draft" ADD COLUMN "editor" TEXT, ADD COLUMN "revision" INTEGER NOT NULL DEFAULT 0;
