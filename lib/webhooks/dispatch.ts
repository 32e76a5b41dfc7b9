import "server-only";
import { z } from "zod";
import { contactJson, contactJsonSchema } from "@/lib/contacts/json";
import { conversationJson, conversationJsonSchema } from "@/lib/conversations/json";
import { type ChangeEvent, claimChanges } from "@/lib/db/change-events";
import { db } from "@/lib/db/client";
import { jobQueue, onConnection } from "@/lib/db/job-queue";
import { type Queryable, query, transaction } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { messageJson, messageJsonSchema } from "@/lib/messages/json";
import { jsonDate, jsonId } from "@/lib/schemas";
import { typeOfChange, type WebhookEventType } from "./events";

// The outbound webhooks' share of the change events (ChangeEvent, recorded by the database in the
// transaction that made each change): claimed with SKIP LOCKED (each once, across app servers),
// and for every enabled endpoint of the organization that wants its type, a delivery with its body
// and its "webhook-delivery" job, in the claim's transaction. A rollback recorded nothing to send; a
// crash before this commit leaves the events to be claimed again; a delivery is unique per
// endpoint and event, so nothing is made twice.

/** One attempt of a delivery; `replay`: an admin asked to send it again. */
export type DeliveryJob = { deliveryId: string; replay?: boolean };

// The conversation JSON as no particular person sees it (isUpdated is per person).
const NO_RECEIVER = "0".repeat(24);

export async function dispatchPendingEvents(limit = 200): Promise<number> {
  return transaction(async (tx) => {
    const changes = await claimChanges(tx, "webhooks", limit);
    if (changes.length === 0) return 0;
    const endpoints = await query<{ id: string; organizationId: string; events: string[]; failing: boolean }>(
      Prisma.sql`SELECT id, "organizationId", events, "failingSince" IS NOT NULL AS failing FROM "WebhookEndpoint"
        WHERE enabled AND "organizationId" = ANY(${[...new Set(changes.map((c) => c.organizationId))]}::char(24)[])`,
      tx,
    );
    if (endpoints.length === 0) return changes.length;
    const jobs: { data: DeliveryJob; startAfter?: number }[] = [];
    const failing = new Set(endpoints.filter((e) => e.failing).map((e) => e.id));
    // One write can record one change twice (an assignment moves the assignee and __v): one call.
    const sent = new Set<string>();
    for (const change of changes) {
      const type = typeOfChange[change.kind];
      if (!type) continue;
      const targets = endpoints.filter(
        (e) => e.organizationId === change.organizationId && (e.events.length === 0 || e.events.includes(type)),
      );
      const subject = change.messageId ?? change.contactId ?? change.runId ?? change.conversationId;
      const key = `${change.organizationId}:${type}:${subject}:${change.at}`;
      if (targets.length === 0 || sent.has(key)) continue;
      sent.add(key);
      const data = await payloadData(tx, type, change);
      if (data === null) continue; // gone since (a deleted conversation's earlier changes)
      const body = `{"type":${JSON.stringify(type)},"timestamp":${JSON.stringify(new Date().toISOString())},"data":${data}}`;
      const made = await query<{ id: string; endpointId: string }>(
        Prisma.sql`INSERT INTO "WebhookDelivery" ("endpointId", "eventId", type, payload)
          SELECT unnest(${targets.map((t) => t.id)}::char(24)[]), ${change.id}::bigint, ${type}, ${body}
          ON CONFLICT ("endpointId", "eventId") DO NOTHING RETURNING id, "endpointId"`,
        tx,
      );
      // An endpoint that is failing gets its new deliveries a minute late: its timeouts never crowd
      // the others' calls, and once it answers again its retries bring it up to date.
      jobs.push(
        ...made.map((row) => ({
          data: { deliveryId: row.id },
          ...(failing.has(row.endpointId) && { startAfter: 60 }),
        })),
      );
    }
    if (jobs.length > 0) {
      const boss = await jobQueue();
      await boss.insert("webhook-delivery", jobs, { db: onConnection(tx) });
    }
    return changes.length;
  });
}

/** What each event's `data` is (the document's webhooks, lib/openapi/webhooks.ts): the API's JSON
 *  for the thing that changed; a deleted conversation's id; a rule's firing. */
export const payloadDataSchemas = {
  "message.created": messageJsonSchema,
  "message.updated": messageJsonSchema,
  "conversation.created": conversationJsonSchema,
  "conversation.updated": conversationJsonSchema,
  "conversation.resolved": conversationJsonSchema,
  "conversation.deleted": z.strictObject({ _id: jsonId }),
  "contact.created": contactJsonSchema,
  "contact.updated": contactJsonSchema,
  "automation.fired": z.strictObject({
    automation: z.strictObject({ _id: jsonId, name: z.string() }),
    conversationId: jsonId.nullable(),
    actions: z.array(z.string()),
    detail: z.string().nullable(),
    firedAt: jsonDate,
  }),
} satisfies Record<WebhookEventType, z.ZodType>;

/** The JSON an event carries: what the API answers for the thing that changed, as it is now. */
async function payloadData(tx: Queryable, type: WebhookEventType, change: ChangeEvent): Promise<string | null> {
  const one = async (statement: Prisma.Sql) => (await query<{ json: string }>(statement, tx))[0]?.json ?? null;
  switch (type) {
    case "message.created":
    case "message.updated":
      return one(
        Prisma.sql`SELECT ${messageJson} AS json FROM "Message" m LEFT JOIN "User" u ON u.id = m."userId" WHERE m.id = ${change.messageId}`,
      );
    case "conversation.created":
    case "conversation.updated":
    case "conversation.resolved":
      return one(
        Prisma.sql`SELECT ${conversationJson(NO_RECEIVER)} AS json FROM "Conversation" c WHERE c.id = ${change.conversationId}`,
      );
    case "conversation.deleted":
      return JSON.stringify({ _id: change.conversationId });
    case "contact.created":
    case "contact.updated": {
      const contact = change.contactId ? await db.contact.findUnique({ where: { id: change.contactId } }) : null;
      return contact ? JSON.stringify(contactJson(contact)) : null;
    }
    case "automation.fired":
      return one(
        Prisma.sql`SELECT json_build_object('automation', json_build_object('_id', a.id, 'name', a.name),
            'conversationId', r."conversationId", 'actions', COALESCE(r.actions, '{}'), 'detail', r.detail,
            'firedAt', to_char(r."createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text AS json
          FROM "AutomationRun" r JOIN "Automation" a ON a.id = r."automationId" WHERE r.id = ${change.runId}`,
      );
  }
}
