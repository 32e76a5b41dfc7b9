import "server-only";
import { z } from "zod";
import { canSeeWholeOrganization, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { execute, query, transaction } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";
import { appendStampSql } from "@/lib/messages/append";
import { appendAndQueue, connectedChannels } from "@/lib/outbox/enqueue";
import { jsonDate, jsonId } from "@/lib/schemas";
import type { CreateLeadSourceInput, LeadInput, UpdateLeadSourceInput } from "./schemas";
import { fillVariables, MAX_REPLY_LENGTH } from "./tools";

// Outreach to a new lead (the reference's lead follow-up): a form or a CRM posts a lead for one of
// the organization's lead sources; the lead becomes a contact (found by phone, or new) with a
// conversation of its own (`source: "Outbound Message"`, `leadSource`: the source's name) that
// follows the source's process, autopilot on or off; the source's starter message goes out through
// the outbox at once, and the replies are the process's. All in one transaction, under the caller's
// key: a lead posted twice with one key makes one conversation and one message.

export const leadSourceJsonSchema = z.strictObject({
  _id: jsonId,
  name: z.string(),
  processId: jsonId.nullable(),
  isAutopilot: z.boolean(),
  starterMessage: z.string(),
  createdAt: jsonDate,
  updatedAt: jsonDate,
});
export type LeadSourceJson = z.infer<typeof leadSourceJsonSchema>;

type Row = Awaited<ReturnType<typeof db.leadSource.findFirstOrThrow>>;

const leadSourceJson = (row: Row): LeadSourceJson => ({
  _id: row.id,
  name: row.name,
  processId: row.processId,
  isAutopilot: row.isAutopilot,
  starterMessage: row.starterMessage,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

const notFound = () => new ApiError("not_found", "Lead source not found");

function assertManager(viewer: Viewer) {
  if (!canSeeWholeOrganization(viewer))
    throw new ApiError("forbidden", "Only managers and admins can change lead sources");
}

async function assertProcess(viewer: Viewer, processId: string | null | undefined) {
  if (!processId) return;
  const found = await db.process.count({ where: { id: processId, organizationId: viewer.organizationId } });
  if (!found) {
    throw new ApiError("bad_request", "processId: no process with this id in the organization", [
      { path: "processId", message: "no process with this id in the organization" },
    ]);
  }
}

export async function listLeadSources(viewer: Viewer): Promise<LeadSourceJson[]> {
  assertManager(viewer);
  const rows = await db.leadSource.findMany({
    where: { organizationId: viewer.organizationId },
    orderBy: { name: "asc" },
  });
  return rows.map(leadSourceJson);
}

export async function createLeadSource(viewer: Viewer, input: CreateLeadSourceInput): Promise<LeadSourceJson> {
  assertManager(viewer);
  await assertProcess(viewer, input.processId);
  return leadSourceJson(await db.leadSource.create({ data: { ...input, organizationId: viewer.organizationId } }));
}

export async function updateLeadSource(
  viewer: Viewer,
  id: string,
  input: UpdateLeadSourceInput,
): Promise<LeadSourceJson> {
  assertManager(viewer);
  await assertProcess(viewer, input.processId);
  const { count } = await db.leadSource.updateMany({
    where: { id, organizationId: viewer.organizationId },
    data: input,
  });
  if (count === 0) throw notFound();
  return leadSourceJson(await db.leadSource.findFirstOrThrow({ where: { id } }));
}

export async function deleteLeadSource(viewer: Viewer, id: string) {
  assertManager(viewer);
  const { count } = await db.leadSource.deleteMany({ where: { id, organizationId: viewer.organizationId } });
  if (count === 0) throw notFound();
}

export const takenLeadSchema = z.strictObject({ conversationId: jsonId, contactId: jsonId, replayed: z.boolean() });
export type TakenLead = z.infer<typeof takenLeadSchema>;

/** Takes a lead in for the organization whose inbound secret was presented. */
export async function takeLead(organizationId: string, lead: LeadInput, headerKey: string | null): Promise<TakenLead> {
  const key = headerKey ?? lead.idempotencyKey ?? null;
  const connected = await connectedChannels(organizationId);
  return transaction(async (tx) => {
    // One lead per key, and one writer per phone number (the same lock an inbound SMS takes), so a
    // lead and the contact's first reply never make two contacts.
    if (key) await execute(Prisma.sql`SELECT pg_advisory_xact_lock(hashtext(${`${organizationId}:lead:${key}`}))`, tx);
    await execute(Prisma.sql`SELECT pg_advisory_xact_lock(hashtext(${`${organizationId}:sms:${lead.phone}`}))`, tx);
    if (key) {
      const [seen] = await query<{ conversationId: string | null; contactId: string | null }>(
        Prisma.sql`SELECT l."conversationId", c."contactId" FROM "Lead" l LEFT JOIN "Conversation" c ON c.id = l."conversationId"
          WHERE l."organizationId" = ${organizationId} AND l."idempotencyKey" = ${key}`,
        tx,
      );
      if (seen) {
        if (!seen.conversationId || !seen.contactId)
          throw new ApiError("gone", "This lead was taken in before; its conversation has been deleted since");
        return { conversationId: seen.conversationId, contactId: seen.contactId, replayed: true };
      }
    }
    const [source] = await query<{
      id: string;
      name: string;
      processId: string | null;
      isAutopilot: boolean;
      starterMessage: string;
    }>(
      Prisma.sql`SELECT s.id, s.name, s."processId", s."isAutopilot", s."starterMessage" FROM "LeadSource" s
        WHERE s.id = ${lead.sourceId} AND s."organizationId" = ${organizationId}`,
      tx,
    );
    if (!source) {
      throw new ApiError("bad_request", "configurationId: no lead source with this id in the organization", [
        { path: "configurationId", message: "no lead source with this id in the organization" },
      ]);
    }
    const fullName = [lead.firstName, lead.lastName].filter(Boolean).join(" ") || lead.phone;
    const attributes = {
      ...lead.attributes,
      ...(lead.firstName && { firstName: lead.firstName }),
      ...(lead.lastName && { lastName: lead.lastName }),
    };
    const [contact] = await query<{
      id: string;
      fullName: string;
      phone: string | null;
      email: string | null;
      attributes: Record<string, unknown>;
    }>(
      Prisma.sql`
      WITH known AS (
        UPDATE "Contact" SET attributes = attributes || ${JSON.stringify(attributes)}::jsonb,
          email = COALESCE(email, ${lead.email ?? null}), "updatedAt" = now()
        WHERE id = (SELECT id FROM "Contact" WHERE "organizationId" = ${organizationId} AND phone = ${lead.phone} ORDER BY id LIMIT 1)
        RETURNING id, "fullName", phone, email, attributes),
      created AS (
        INSERT INTO "Contact" ("organizationId", "fullName", phone, email, attributes)
        SELECT ${organizationId}, ${fullName}, ${lead.phone}, ${lead.email ?? null}, ${JSON.stringify(attributes)}::jsonb
        WHERE NOT EXISTS (SELECT 1 FROM known)
        RETURNING id, "fullName", phone, email, attributes)
      SELECT * FROM known UNION ALL SELECT * FROM created`,
      tx,
    );
    if (!contact) throw new Error("a lead found no contact after creating one");
    const [conversation] = await query<{ id: string }>(
      Prisma.sql`INSERT INTO "Conversation" ("organizationId", "contactId", "channelType", "channelIdentifier", source,
          "leadSource", process, "isAutopilot")
        VALUES (${organizationId}, ${contact.id}, 'sms', ${lead.phone}, 'Outbound Message', ${source.name},
          ${source.processId}, ${source.isAutopilot && source.processId !== null})
        RETURNING id`,
      tx,
    );
    const conversationId = (conversation as { id: string }).id;
    const target = Prisma.sql`SELECT c.* FROM "Conversation" c WHERE c.id = ${conversationId}`;
    const starter = fillVariables(source.starterMessage, { ...contact, attributes: contact.attributes ?? {} });
    await appendAndQueue(
      tx,
      target,
      { body: starter.slice(0, MAX_REPLY_LENGTH), senderType: "AI" },
      connected.has("sms"),
    );
    await query(
      appendStampSql(target, {
        automationName: source.name,
        fieldsExtracted: Object.keys(attributes),
        actions: [
          "create_lead",
          "send_starter_message",
          ...(source.isAutopilot && source.processId ? ["autopilot_on"] : []),
        ],
      }),
      tx,
    );
    await execute(
      Prisma.sql`INSERT INTO "Lead" ("organizationId", "sourceId", "idempotencyKey", "conversationId")
        VALUES (${organizationId}, ${source.id}, ${key ?? `none:${conversationId}`}, ${conversationId})`,
      tx,
    );
    return { conversationId, contactId: contact.id, replayed: false };
  });
}
