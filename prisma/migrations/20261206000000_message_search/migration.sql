-- Search in message text (lib/inbox/search.ts). The words of each message, kept by PostgreSQL as the
-- message is written, so no write path can forget them. The 'simple' configuration lower-cases words
-- and keeps them whole, in every language: no stemming or stop words that suit one language and
-- mangle the others (a Spanish "no" is not an English stop word). Stored rather than an expression
-- index so that a plan walking the inbox in order can test a conversation's messages without
-- parsing their text again.
ALTER TABLE "Message" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "body")) STORED;

CREATE INDEX "Message_searchVector_idx" ON "Message" USING GIN ("searchVector");
