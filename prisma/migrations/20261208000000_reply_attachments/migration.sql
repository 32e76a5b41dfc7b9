-- Files people in the organization attach: to a reply (uploaded into a conversation's composer,
-- sent with one message) or to a canned reply (copied into a composer when it is used).
ALTER TABLE "Upload"
  ADD COLUMN "userId" CHAR(24),
  ADD COLUMN "messageId" CHAR(24),
  ADD COLUMN "cannedReplyId" CHAR(24);

ALTER TABLE "Upload" ADD CONSTRAINT "Upload_userId_fkey"
  FOREIGN KEY ("userId") REFERENCES "User"(id) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Upload" ADD CONSTRAINT "Upload_messageId_fkey"
  FOREIGN KEY ("messageId") REFERENCES "Message"(id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Upload" ADD CONSTRAINT "Upload_cannedReplyId_fkey"
  FOREIGN KEY ("cannedReplyId") REFERENCES "CannedReply"(id) ON DELETE CASCADE ON UPDATE CASCADE;

CREATE INDEX "Upload_messageId_idx" ON "Upload"("messageId");
CREATE INDEX "Upload_cannedReplyId_idx" ON "Upload"("cannedReplyId");
-- A person's unsent files, oldest first: what each upload sweeps after a day (lib/uploads).
CREATE INDEX "Upload_unsent_idx" ON "Upload"("userId", "createdAt") WHERE "messageId" IS NULL;
