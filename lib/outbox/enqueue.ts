import "server-only";
import { jobQueue, onConnection } from "@/lib/db/job-queue";
import { type Queryable, query } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ChannelType } from "@/lib/generated/prisma/enums";
import { type AppendedMessage, appendMessageSql } from "@/lib/messages/append";

// The outbox's entrance: a reply to a channel the organization has connected is committed with its
// "outbound" job, in one transaction; a worker hands it to the provider (lib/outbox/deliver.ts).

export type OutboundJob = { messageId: string };

/**
 * The channels whose replies go out through a connection (the rest use the built-in provider).
 * Asked on every reply, so one hand-written statement (lib/db/sql.ts), not a Prisma query.
 */
export async function connectedChannels(organizationId: string): Promise<Set<ChannelType>> {
  const rows = await query<{ channelType: ChannelType }>(Prisma.sql`
    SELECT DISTINCT "channelType" FROM "ChannelConnection"
    WHERE "organizationId" = ${organizationId} AND "disabledAt" IS NULL`);
  return new Set(rows.map((row) => row.channelType));
}

export async function enqueueOutbound(messageId: string, on: Queryable) {
  const boss = await jobQueue();
  await boss.send("outbound", { messageId } satisfies OutboundJob, { db: onConnection(on) });
}

/**
 * In a transaction: a message the organization sends with no person behind it (an AI reply, a
 * lead's first message, an automation's templated reply), added to the conversation `target` selects. On a connected channel it is
 * queued with its outbound job; otherwise it is recorded as the built-in provider records every
 * message, at once and reaching no one (lib/channels/built-in.ts).
 */
export async function appendAndQueue(
  tx: Queryable,
  target: Prisma.Sql,
  message: { body: string; senderType: "AI"; automationId?: string },
  connected: boolean,
) {
  const [appended] = await query<AppendedMessage>(
    appendMessageSql(target, {
      ...message,
      userId: null,
      isIncoming: false,
      status: connected ? "queued" : "delivered",
      recordedOnly: !connected,
    }),
    tx,
  );
  if (appended && connected) await enqueueOutbound(appended.id, tx);
  return appended;
}
