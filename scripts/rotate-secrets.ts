// `npm run secrets:rotate`: seals every stored secret (channels, model keys, webhook secrets) again with ENCRYPTION_KEY. Rotation:
// set the new key as ENCRYPTION_KEY and the old one in ENCRYPTION_KEY_PREVIOUS (the app keeps
// working meanwhile: both open), run this, then remove the old key.

import { resealedApiKey } from "@/lib/ai/sealing";
import { resealed } from "@/lib/connections/sealing";
import { configuredKeyring } from "@/lib/crypto/secret-box";
import { withDatabase } from "@/lib/db/local-database";
import { prismaFor } from "@/lib/db/script-client";
import { env } from "@/lib/env";
import { resealedWebhookSecret } from "@/lib/webhooks/secrets";

const keys = configuredKeyring(env());
if (!keys) {
  console.error("ENCRYPTION_KEY is not set: there is no key to seal with.");
  process.exit(1);
}

await withDatabase(async (url) => {
  const prisma = prismaFor(url);
  try {
    const rows = await prisma.channelConnection.findMany({ select: { id: true, sealedSecrets: true } });
    let changed = 0;
    for (const row of rows) {
      const sealedSecrets = resealed(row, keys);
      if (!sealedSecrets) continue;
      // Only if nobody changed it meanwhile; a changed row was sealed with the current key anyway.
      const { count } = await prisma.channelConnection.updateMany({
        where: { id: row.id, sealedSecrets: row.sealedSecrets },
        data: { sealedSecrets },
      });
      changed += count;
    }
    console.log(`Sealed ${changed} of ${rows.length} channel connection(s) again with the current key.`);
    const providers = await prisma.modelProvider.findMany({
      where: { sealedApiKey: { not: null } },
      select: { organizationId: true, sealedApiKey: true },
    });
    let models = 0;
    for (const row of providers) {
      const sealedApiKey = resealedApiKey(row as { organizationId: string; sealedApiKey: string }, keys);
      if (!sealedApiKey) continue;
      const { count } = await prisma.modelProvider.updateMany({
        where: { organizationId: row.organizationId, sealedApiKey: row.sealedApiKey },
        data: { sealedApiKey },
      });
      models += count;
    }
    console.log(`Sealed ${models} of ${providers.length} model provider key(s) again with the current key.`);
    const automations = await prisma.automation.findMany({
      where: { webhookSecret: { not: null } },
      select: { id: true, organizationId: true, webhookSecret: true },
    });
    let webhooks = 0;
    for (const row of automations) {
      const webhookSecret = resealedWebhookSecret(
        { kind: "automation-webhook", ...row },
        row.webhookSecret as string,
        keys,
      );
      if (!webhookSecret) continue;
      const { count } = await prisma.automation.updateMany({
        where: { id: row.id, webhookSecret: row.webhookSecret },
        data: { webhookSecret },
      });
      webhooks += count;
    }
    console.log(`Sealed ${webhooks} of ${automations.length} automation webhook secret(s) again with the current key.`);
    const endpoints = await prisma.webhookEndpoint.findMany({
      select: { id: true, organizationId: true, secret: true, previousSecret: true },
    });
    let endpointsSealed = 0;
    for (const row of endpoints) {
      const owner = { kind: "webhook-endpoint" as const, ...row };
      const secret = resealedWebhookSecret(owner, row.secret, keys);
      const previousSecret = row.previousSecret && resealedWebhookSecret(owner, row.previousSecret, keys);
      if (!secret && !previousSecret) continue;
      const { count } = await prisma.webhookEndpoint.updateMany({
        where: { id: row.id, secret: row.secret },
        data: { ...(secret && { secret }), ...(previousSecret && { previousSecret }) },
      });
      endpointsSealed += count;
    }
    console.log(
      `Sealed ${endpointsSealed} of ${endpoints.length} webhook endpoint secret(s) again with the current key.`,
    );
  } finally {
    await prisma.$disconnect();
  }
});
