-- The outbox: a reply to a connected channel is stored, then sent by a job (lib/messages/outbox.ts).

-- Why the provider refused a message, shown in the timeline.
ALTER TABLE "Message" ADD COLUMN "failureReason" TEXT;
-- When the current attempt to hand the message to its provider began; set before the provider is
-- called, so that an attempt cut short (a crash) is checked with the provider before sending again.
ALTER TABLE "Message" ADD COLUMN "sendingSince" TIMESTAMPTZ(3);
-- The client's Idempotency-Key for the reply that made it: a retried request returns this message.
ALTER TABLE "Message" ADD COLUMN "idempotencyKey" TEXT;
CREATE UNIQUE INDEX "Message_idempotency_key" ON "Message"("userId", "idempotencyKey")
    WHERE "idempotencyKey" IS NOT NULL;
