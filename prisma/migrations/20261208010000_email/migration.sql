-- Email: an organization's mailbox (IMAP to read, SMTP to send) is a channel connection of
-- provider "imap". Its reader's place in the mailbox, and why each mail joined its thread.
ALTER TYPE "ChannelProvider" ADD VALUE 'imap';

-- How an email joined its conversation: 'references' (our Message-ID in In-Reply-To/References),
-- 'token' (the conversation's reference in the subject or body), 'subject' (the same contact's open
-- thread of that subject), 'new'.
ALTER TABLE "Message" ADD COLUMN "threadedBy" TEXT;

-- One row per mailbox: the UID validity and the last UID stored, so that a reader (one per mailbox
-- across app servers, under an advisory lock) resumes where the last one stopped; and its last error.
CREATE TABLE "Mailbox" (
  "connectionId" CHAR(24) NOT NULL,
  "uidValidity" BIGINT,
  "lastUid" BIGINT NOT NULL DEFAULT 0,
  "error" TEXT,
  "readAt" TIMESTAMPTZ(3),
  CONSTRAINT "Mailbox_pkey" PRIMARY KEY ("connectionId"),
  CONSTRAINT "Mailbox_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "ChannelConnection"(id) ON DELETE CASCADE
);
