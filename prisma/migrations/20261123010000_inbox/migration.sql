-- The inbound-message webhook finds the organization by the hash of the secret it presents.
-- CreateIndex
CREATE UNIQUE INDEX "Organization_inboundSecretHash_key" ON "Organization"("inboundSecretHash");

-- The webhook finds the thread a contact's address belongs to.
-- CreateIndex
CREATE INDEX "Conversation_organizationId_channelType_channelIdentifier_idx" ON "Conversation"("organizationId", "channelType", "channelIdentifier");
