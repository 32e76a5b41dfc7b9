import "server-only";
import type { PoolClient } from "pg";
import { jobQueue, onConnection } from "@/lib/db/job-queue";
import { execute, type Queryable, query } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ChannelType } from "@/lib/generated/prisma/enums";
import { wakeAutopilot } from "@/lib/inbound/autopilot-job";
import { appendAndQueue, connectedChannels } from "@/lib/outbox/enqueue";
import { fillTemplate, templateValues } from "@/lib/templates";
import type { Rule } from "./engine";
import { type Action, stampName } from "./schemas";

// What a rule does, in its firing's transaction (lib/automations/engine.ts), after the conversation
// is locked. Each action says what it did for the stamp, or why it could not (a note the stamp
// shows): an automation never fails a whole firing over one person or process that is gone.

export type Firing = {
  conversationId: string;
  /** How many automations in a row led here. */
  depth: number;
  /** What fired it: unique per rule (lib/automations/engine.ts). */
  triggerKey: string;
  /** The event that woke it (a contact's message: turning the autopilot on answers it). */
  wakes?: string;
  /** What the model extracted first, for a rule with an extract action. */
  fieldsExtracted: Record<string, string | number | boolean>;
};

export type WebhookJob = { runId: string; automationId: string; url: string; fieldsExtracted: string[] };

type Outcome = { actions: string[]; notes: string[]; fieldsExtracted: string[] };

export async function applyActions(tx: PoolClient, rule: Rule, firing: Firing, runId: string): Promise<Outcome> {
  const outcome: Outcome = { actions: [], notes: [], fieldsExtracted: Object.keys(firing.fieldsExtracted) };
  const conversationId = firing.conversationId;
  await execute(Prisma.sql`SELECT id FROM "Conversation" WHERE id = ${conversationId} FOR UPDATE`, tx);
  if (outcome.fieldsExtracted.length > 0) {
    await execute(
      Prisma.sql`UPDATE "Contact" ct SET attributes = ct.attributes || ${JSON.stringify(firing.fieldsExtracted)}::jsonb,
        "updatedAt" = now() FROM "Conversation" c WHERE c.id = ${conversationId} AND ct.id = c."contactId"`,
      tx,
    );
  }
  for (const action of rule.actions) {
    const note = await apply(tx, rule, action, firing, runId);
    if (note) outcome.notes.push(note);
    else outcome.actions.push(stampName(action));
  }
  return outcome;
}

/** One action; a note when it could not be done. */
async function apply(
  tx: PoolClient,
  rule: Rule,
  action: Action,
  firing: Firing,
  runId: string,
): Promise<string | null> {
  const id = firing.conversationId;
  switch (action.type) {
    case "extract":
      return null;
    case "assign": {
      const userId =
        action.mode === "person"
          ? await activePerson(tx, rule.organizationId, action.userId)
          : await chooseAssignee(tx, rule, action.mode, action.userIds);
      if (!userId)
        return action.mode === "person"
          ? "Not assigned: that person is no longer active."
          : "Not assigned: no active agent to choose from.";
      await assignOnly(tx, id, userId);
      return null;
    }
    case "reply": {
      const [contact] = await query<{
        fullName: string;
        phone: string | null;
        email: string | null;
        attributes: Record<string, unknown>;
      }>(
        Prisma.sql`SELECT ct."fullName", ct.phone, ct.email, ct.attributes FROM "Contact" ct
          JOIN "Conversation" c ON ct.id = c."contactId" WHERE c.id = ${id}`,
        tx,
      );
      const filled = fillTemplate(action.template, templateValues(contact ?? { fullName: "" }), () => "");
      if (filled.missing.length > 0) {
        return `Reply not sent: ${filled.missing.map((name) => `{{${name}}}`).join(", ")} had no value (give it a fallback, as in {{contact.firstName|there}}).`;
      }
      const [conversation] = await query<{ organizationId: string; channelType: ChannelType }>(
        Prisma.sql`SELECT "organizationId", "channelType" FROM "Conversation" WHERE id = ${id}`,
        tx,
      );
      const connected = (await connectedChannels(rule.organizationId)).has(conversation?.channelType as ChannelType);
      await appendAndQueue(
        tx,
        Prisma.sql`SELECT c.* FROM "Conversation" c WHERE c.id = ${id}`,
        { body: filled.text, senderType: "AI", automationId: rule.id },
        connected,
      );
      return null;
    }
    case "resolve":
      await execute(
        Prisma.sql`UPDATE "Conversation" SET "isResolved" = true, "resolvedAt" = now(), "resolvedById" = NULL,
          "changedById" = NULL, version = version + 1, "updatedAt" = now() WHERE id = ${id} AND NOT "isResolved"`,
        tx,
      );
      return null;
    case "label": {
      // The organization's label only (one deleted since the rule was saved is said so).
      const added = await execute(
        Prisma.sql`INSERT INTO "ConversationLabel" ("conversationId", "labelId")
          SELECT ${id}, l.id FROM "Label" l WHERE l.id = ${action.labelId} AND l."organizationId" = ${rule.organizationId}
          ON CONFLICT DO NOTHING`,
        tx,
      );
      const exists =
        added > 0 ||
        (
          await query(
            Prisma.sql`SELECT 1 FROM "Label" WHERE id = ${action.labelId} AND "organizationId" = ${rule.organizationId}`,
            tx,
          )
        ).length > 0;
      if (!exists) return "Not labelled: that label was deleted.";
      if (added > 0) await execute(Prisma.sql`UPDATE "Conversation" SET "updatedAt" = now() WHERE id = ${id}`, tx);
      return null;
    }
    case "autopilot_off":
      await execute(
        Prisma.sql`UPDATE "Conversation" SET "isAutopilot" = false, "changedById" = NULL, version = version + 1,
          "updatedAt" = now() WHERE id = ${id} AND "isAutopilot"`,
        tx,
      );
      return null;
    case "autopilot_on": {
      const [ready] = await query<{ process: boolean; model: boolean }>(
        Prisma.sql`SELECT EXISTS (SELECT 1 FROM "Process" p WHERE p.id = ${action.processId}
                                  AND p."organizationId" = ${rule.organizationId}) AS process,
          EXISTS (SELECT 1 FROM "ModelProvider" mp WHERE mp."organizationId" = ${rule.organizationId}) AS model`,
        tx,
      );
      if (!ready?.process) return "Autopilot not turned on: its process was deleted.";
      if (!ready.model) return "Autopilot not turned on: no model provider is set up (Settings → AI).";
      await execute(
        Prisma.sql`UPDATE "Conversation" SET "isAutopilot" = true, process = ${action.processId}, "changedById" = NULL,
          version = version + 1, "updatedAt" = now()
          WHERE id = ${id} AND ("isAutopilot" = false OR process IS DISTINCT FROM ${action.processId})`,
        tx,
      );
      // The contact's message that woke the rule is answered, after the process's delay.
      if (firing.wakes === "message.received") await wakeAutopilot(id, tx);
      return null;
    }
    case "webhook": {
      const boss = await jobQueue();
      await boss.send(
        "automation-webhook",
        {
          runId,
          automationId: rule.id,
          url: action.url,
          fieldsExtracted: Object.keys(firing.fieldsExtracted),
        } satisfies WebhookJob,
        {
          db: onConnection(tx),
        },
      );
      return null;
    }
  }
}

async function activePerson(tx: Queryable, organizationId: string, userId: string): Promise<string | null> {
  const [row] = await query<{ id: string }>(
    Prisma.sql`SELECT id FROM "User" WHERE id = ${userId} AND "organizationId" = ${organizationId} AND "deactivatedAt" IS NULL`,
    tx,
  );
  return row?.id ?? null;
}

/**
 * The pool (the rule's people who are still active, or every active agent; with no agents, every
 * active person), and from it the next after the rule's last choice in turn (the rule's row is
 * locked, so two firings at once take two turns), or the one with the fewest open conversations.
 */
async function chooseAssignee(
  tx: Queryable,
  rule: Rule,
  mode: "round_robin" | "least_busy",
  userIds: string[],
): Promise<string | null> {
  const pool = Prisma.sql`SELECT u.id FROM "User" u WHERE u."organizationId" = ${rule.organizationId}
    AND u."deactivatedAt" IS NULL AND (CASE WHEN cardinality(${userIds}::char(24)[]) > 0 THEN u.id = ANY(${userIds}::char(24)[])
      WHEN EXISTS (SELECT 1 FROM "User" g WHERE g."organizationId" = ${rule.organizationId} AND g."deactivatedAt" IS NULL
                   AND g.role = 'AGENT') THEN u.role = 'AGENT' ELSE true END)`;
  if (mode === "least_busy") {
    const [row] = await query<{ id: string }>(
      Prisma.sql`SELECT p.id FROM (${pool}) p ORDER BY
        (SELECT count(*) FROM "ConversationAssignee" a WHERE a."userId" = p.id AND NOT a."isResolved"), p.id LIMIT 1`,
      tx,
    );
    return row?.id ?? null;
  }
  const [row] = await query<{ id: string }>(
    Prisma.sql`WITH last AS (SELECT "lastAssigneeId" AS id FROM "Automation" WHERE id = ${rule.id} FOR UPDATE),
      chosen AS (SELECT p.id FROM (${pool}) p ORDER BY (p.id <= COALESCE((SELECT id FROM last), '')), p.id LIMIT 1)
    UPDATE "Automation" a SET "lastAssigneeId" = chosen.id FROM chosen WHERE a.id = ${rule.id} RETURNING chosen.id`,
    tx,
  );
  return row?.id ?? null;
}

/** The conversation's assignee becomes this person alone (__v moves only if that changes). */
async function assignOnly(tx: Queryable, conversationId: string, userId: string) {
  await execute(
    Prisma.sql`WITH removed AS (
        DELETE FROM "ConversationAssignee" WHERE "conversationId" = ${conversationId} AND "userId" <> ${userId} RETURNING 1),
      added AS (
        INSERT INTO "ConversationAssignee" ("conversationId", "userId") VALUES (${conversationId}, ${userId})
        ON CONFLICT DO NOTHING RETURNING 1)
    UPDATE "Conversation" SET version = version + 1, "updatedAt" = now(), "changedById" = NULL
    WHERE id = ${conversationId} AND (EXISTS (SELECT 1 FROM removed) OR EXISTS (SELECT 1 FROM added))`,
    tx,
  );
}
