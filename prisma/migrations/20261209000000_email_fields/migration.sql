-- What an email said of itself beside its text: who it was from, to and copied to, its subject
-- (for a reply, what the agent chose). Only email messages have it; the API adds it as `email`,
-- as stored: json, not jsonb, keeps the keys in the order the API's schema gives them.
ALTER TABLE "Message" ADD COLUMN "email" JSON;

-- A received email's HTML, sanitised when it was read (lib/channels/email/html.ts), in a table of
-- its own so that lists of messages never carry it; served only in a sandboxed frame.
CREATE TABLE "MessageHtml" (
  "messageId" CHAR(24) NOT NULL,
  "html" TEXT NOT NULL,
  -- it names images on other servers: shown only once the agent asks (they can track opening)
  "remoteImages" BOOLEAN NOT NULL DEFAULT false,
  CONSTRAINT "MessageHtml_pkey" PRIMARY KEY ("messageId"),
  CONSTRAINT "MessageHtml_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message"(id) ON DELETE CASCADE
);

-- An email conversation's participants are [{ "email", "name" }]: the people copied besides the
-- contact. A mail from one of them joins the thread by token or subject, found through this index.
CREATE INDEX "Conversation_participants_idx" ON "Conversation" USING gin ("participants" jsonb_path_ops)
  WHERE participants IS NOT NULL;
