import "server-only";
import type { PoolClient } from "pg";
import { type ChangeEvent, claimChanges } from "@/lib/db/change-events";
import { jobQueue, onConnection } from "@/lib/db/job-queue";
import { execute, type Queryable, query, transaction } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log";
import { appendStampSql } from "@/lib/messages/append";
import { applyActions, type Firing } from "./actions";
import { evaluate, type Facts } from "./evaluate";
import { type Action, type AutomationEvent, type Condition, MAX_CHAIN, stampName } from "./schemas";

// The rules' engine. The database records every change as a ChangeEvent in the transaction that
// made it (prisma/migrations/…_automations); here each app server's worker claims the ones not yet
// handled (SKIP LOCKED: each once, across servers), and in that same transaction evaluates the
// organization's enabled rules for each and runs those that match: their actions, their stamp and
// their run, all or nothing. A crash before commit leaves the events to be claimed again; the
// run's unique trigger key makes a firing that did commit never happen twice. Time-based rules
// are "automation-timer" jobs, sent when a silence begins and checked again when they come due.
// Work that leaves the process (the model, a webhook) is a job queued in the firing's transaction.

export type Rule = {
  id: string;
  organizationId: string;
  name: string;
  event: AutomationEvent;
  delaySeconds: number | null;
  match: "all" | "any";
  conditions: Condition[];
  actions: Action[];
};

/** The time-based event a message event starts the clock of. */
const startsSilence: Partial<Record<string, AutomationEvent>> = {
  "message.received": "time.no_reply_from_us",
  "message.sent": "time.no_reply_from_contact",
};

const ruleColumns = Prisma.sql`a.id, a."organizationId", a.name, a.event, a."delaySeconds", a.match, a.conditions, a.actions`;

/**
 * Claims up to `limit` unhandled events and handles them in one transaction. Returns how many it
 * claimed (0: none were waiting). Each event's firings run in a savepoint: one that fails is
 * recorded as failed and does not undo the others.
 */
export async function handlePendingEvents(limit = 100): Promise<number> {
  return transaction(async (tx) => {
    const events = await claimChanges(tx, "automations", limit);
    if (events.length === 0) return 0;
    const kinds = [...new Set(events.flatMap((e) => [e.kind, startsSilence[e.kind] ?? e.kind]))];
    const rules = await query<Rule>(
      Prisma.sql`SELECT ${ruleColumns} FROM "Automation" a
        WHERE a.enabled AND a."organizationId" = ANY(${[...new Set(events.map((e) => e.organizationId))]}::char(24)[])
          AND a.event = ANY(${kinds}::text[])
        ORDER BY a."createdAt", a.id`,
      tx,
    );
    if (rules.length === 0) return events.length;
    for (const event of events) {
      const mine = rules.filter((rule) => rule.organizationId === event.organizationId);
      if (!event.conversationId || mine.length === 0) continue;
      await inSavepoint(
        tx,
        "automation_event",
        () => handleEvent(tx, event, mine),
        (error) => logger().error({ err: error, eventId: event.id }, "automation event failed"),
      );
    }
    return events.length;
  });
}

async function handleEvent(tx: PoolClient, event: ChangeEvent, rules: Rule[]) {
  const conversationId = event.conversationId as string;
  const silence = startsSilence[event.kind];
  const timed = silence ? rules.filter((rule) => rule.event === silence) : [];
  const start =
    timed.length > 0 && event.messageId ? await silenceStart(tx, silence as AutomationEvent, event.messageId) : null;
  if (start) {
    const boss = await jobQueue();
    for (const rule of timed) {
      // Keyed by the silence: a second message while the contact waits adds no second clock (and
      // a rule made during a wait still counts from its start).
      await boss.send(
        "automation-timer",
        { automationId: rule.id, conversationId, messageId: start.messageId } satisfies TimerJob,
        {
          startAfter: Math.max(0, Math.ceil((rule.delaySeconds ?? 0) - start.ageSeconds)),
          singletonKey: `${rule.id}:${start.messageId}`,
          db: onConnection(tx),
        },
      );
    }
  }
  const direct = rules.filter((rule) => rule.event === event.kind);
  if (direct.length === 0) return;
  const facts = await loadFacts(conversationId, event.messageId, tx);
  if (!facts) return;
  for (const rule of direct) {
    if (!evaluate(rule, facts).matched) continue;
    const firing = { conversationId, depth: event.depth, triggerKey: `event:${event.id}`, wakes: event.kind };
    // One rule's failure (a bug, a constraint) is its own: recorded, the others still run.
    await inSavepoint(
      tx,
      "automation_firing",
      () => fire(tx, rule, firing),
      async (error) => {
        logger().error({ err: error, automationId: rule.id, eventId: event.id }, "automation failed");
        await recordRun(tx, rule, firing, "failed", [], "Failed with an internal error (see the server log)");
      },
    );
  }
}

/** The message a silence is counted from, and how long ago it was: the contact's first since our
 *  last answer (an automation's reply answers no one), or, for our side, this message of ours. */
async function silenceStart(
  tx: Queryable,
  event: AutomationEvent,
  messageId: string,
): Promise<{ messageId: string; ageSeconds: number } | null> {
  const [row] = await query<{ messageId: string; ageSeconds: number }>(
    event === "time.no_reply_from_us"
      ? Prisma.sql`SELECT s.id AS "messageId", EXTRACT(EPOCH FROM now() - s."createdAt")::float8 AS "ageSeconds"
        FROM "Message" m, LATERAL (
          SELECT o.id, o."createdAt" FROM "Message" o WHERE o."conversationId" = m."conversationId"
            AND o."senderType" = 'CONTACT' AND o."createdAt" <= m."createdAt"
            AND o."createdAt" > COALESCE((SELECT a."createdAt" FROM "Message" a WHERE a."conversationId" = m."conversationId"
              AND a."senderType" IN ('USER', 'AI') AND a."automationId" IS NULL AND NOT a."isPrivate" AND a."createdAt" <= m."createdAt"
              ORDER BY a."createdAt" DESC LIMIT 1), '-infinity')
          ORDER BY o."createdAt", o.id LIMIT 1) s
        WHERE m.id = ${messageId}`
      : Prisma.sql`SELECT m.id AS "messageId", 0::float8 AS "ageSeconds" FROM "Message" m WHERE m.id = ${messageId}`,
    tx,
  );
  return row ?? null;
}

export type TimerJob = { automationId: string; conversationId: string; messageId: string };

/**
 * A time-based rule's moment: fires only if the silence it measures is unbroken (nothing from us
 * since the contact's message, or nothing from the contact since ours and nothing later from us),
 * the conversation is open, and the rule still holds and is enabled. Once per rule and silence.
 */
export async function runTimer(job: TimerJob, now = new Date()) {
  await transaction(async (tx) => {
    const [rule] = await query<Rule>(
      Prisma.sql`SELECT ${ruleColumns} FROM "Automation" a WHERE a.id = ${job.automationId} AND a.enabled
        AND a.event IN ('time.no_reply_from_us', 'time.no_reply_from_contact')`,
      tx,
    );
    if (!rule) return;
    await execute(Prisma.sql`SELECT id FROM "Conversation" WHERE id = ${job.conversationId} FOR UPDATE`, tx);
    const ours = Prisma.sql`o."senderType" IN ('USER', 'AI') AND o."automationId" IS NULL AND NOT o."isPrivate"`;
    const [silence] = await query<{ unbroken: boolean; dueInSeconds: number }>(
      Prisma.sql`SELECT NOT c."isResolved" AND NOT EXISTS (
          SELECT 1 FROM "Message" o WHERE o."conversationId" = c.id AND o.id <> m.id AND o."createdAt" >= m."createdAt"
            AND ${rule.event === "time.no_reply_from_us" ? ours : Prisma.sql`(o."senderType" = 'CONTACT' OR ${ours})`}) AS unbroken,
        EXTRACT(EPOCH FROM m."createdAt" + make_interval(secs => ${rule.delaySeconds ?? 0}) - ${now}::timestamptz)::float8 AS "dueInSeconds"
      FROM "Message" m JOIN "Conversation" c ON c.id = m."conversationId"
      WHERE m.id = ${job.messageId} AND c.id = ${job.conversationId}`,
      tx,
    );
    if (!silence?.unbroken) return;
    // The rule's delay was lengthened since this job was sent: wait the rest.
    if (silence.dueInSeconds > 1) {
      const boss = await jobQueue();
      await boss.send("automation-timer", job, { startAfter: Math.ceil(silence.dueInSeconds), db: onConnection(tx) });
      return;
    }
    const facts = await loadFacts(job.conversationId, null, tx);
    if (!facts || !evaluate(rule, facts, now).matched) return;
    const kind = rule.event === "time.no_reply_from_us" ? "wait" : "idle";
    await fire(tx, rule, { conversationId: job.conversationId, depth: 0, triggerKey: `${kind}:${job.messageId}` });
  });
}

/** The conversation as conditions read it, in one statement; null when it is gone. */
export async function loadFacts(
  conversationId: string,
  messageId: string | null,
  on?: Queryable,
): Promise<(Facts & FactsExtra) | null> {
  const [row] = await query<Omit<Facts, "attributes"> & FactsExtra>(
    Prisma.sql`SELECT c."organizationId", c."channelType", c."isAutopilot",
      COALESCE((SELECT o."timeZone" FROM "Organization" o WHERE o.id = c."organizationId"), 'UTC') AS "timeZone",
      ARRAY(SELECT a."userId" FROM "ConversationAssignee" a WHERE a."conversationId" = c.id)::text[] AS assignees,
      ARRAY(SELECT cl."labelId" FROM "ConversationLabel" cl WHERE cl."conversationId" = c.id)::text[] AS labels,
      (SELECT jsonb_build_object('fullName', ct."fullName", 'phone', ct.phone, 'email', ct.email, 'attributes', ct.attributes)
       FROM "Contact" ct WHERE ct.id = c."contactId") AS contact,
      COALESCE((SELECT m.body FROM "Message" m WHERE m.id = ${messageId} AND m."conversationId" = c.id),
               (SELECT m.body FROM "Message" m WHERE m."conversationId" = c.id AND m."senderType" = 'CONTACT'
                ORDER BY m."createdAt" DESC, m.id DESC LIMIT 1), '') AS text
    FROM "Conversation" c WHERE c.id = ${conversationId}`,
    on,
  );
  return row ? { ...row, attributes: row.contact?.attributes ?? {} } : null;
}

type FactsExtra = {
  organizationId: string;
  contact: { fullName: string; phone: string | null; email: string | null; attributes: Record<string, unknown> } | null;
};

/**
 * One rule's firing on a conversation, in the caller's transaction. Past the chain limit it does
 * nothing but say so (once). A rule that asks the model first is queued to do so; the rest runs now.
 */
export async function fire(tx: PoolClient, rule: Rule, firing: Omit<Firing, "fieldsExtracted">) {
  if (firing.depth >= MAX_CHAIN) {
    const recorded = await recordRun(tx, rule, firing, "limited", [], `${MAX_CHAIN} automations in a row`);
    if (recorded) {
      await query(
        appendStampSql(
          target(firing.conversationId),
          { automationName: rule.name, fieldsExtracted: [], actions: [] },
          `Not run: ${MAX_CHAIN} automations in a row already acted on this conversation (the limit, against loops).`,
        ),
        tx,
      );
    }
    return;
  }
  if (rule.actions.some((action) => action.type === "extract")) {
    const boss = await jobQueue();
    await boss.send("automation-model", { automationId: rule.id, ...firing } satisfies ModelJob, {
      singletonKey: `${rule.id}:${firing.triggerKey}`,
      db: onConnection(tx),
    });
    return;
  }
  await fireNow(tx, rule, { ...firing, fieldsExtracted: {} });
}

export type ModelJob = Omit<Firing, "fieldsExtracted"> & { automationId: string };

/** The firing itself: the run (once per trigger), the actions, the stamp. */
export async function fireNow(tx: PoolClient, rule: Rule, firing: Firing) {
  const runId = await recordRun(tx, rule, firing, "fired", rule.actions.map(stampName));
  if (!runId) return;
  // The changes below are recorded one level deeper in the chain, as this automation's.
  await execute(
    Prisma.sql`SELECT set_config('automation.depth', ${String(firing.depth + 1)}, true),
                      set_config('automation.id', ${rule.id}, true)`,
    tx,
  );
  try {
    const outcome = await applyActions(tx, rule, firing, runId);
    await query(
      appendStampSql(
        target(firing.conversationId),
        { automationName: rule.name, fieldsExtracted: outcome.fieldsExtracted, actions: outcome.actions },
        outcome.notes.join(" "),
      ),
      tx,
    );
    await execute(
      Prisma.sql`UPDATE "AutomationRun" SET actions = ${outcome.actions}::text[], detail = ${outcome.notes.join(" ") || null}
        WHERE id = ${runId}`,
      tx,
    );
  } finally {
    await execute(
      Prisma.sql`SELECT set_config('automation.depth', '', true), set_config('automation.id', '', true)`,
      tx,
    );
  }
}

const target = (conversationId: string) => Prisma.sql`SELECT c.* FROM "Conversation" c WHERE c.id = ${conversationId}`;

/** The run's row, or null when this trigger already made one (the firing happened). */
async function recordRun(
  tx: Queryable,
  rule: Rule,
  firing: Omit<Firing, "fieldsExtracted">,
  outcome: "fired" | "limited" | "failed",
  actions: string[],
  detail: string | null = null,
): Promise<string | null> {
  const [row] = await query<{ id: string }>(
    Prisma.sql`INSERT INTO "AutomationRun" ("automationId", "conversationId", "triggerKey", outcome, actions, detail)
      VALUES (${rule.id}, ${firing.conversationId}, ${firing.triggerKey}, ${outcome}, ${actions}::text[], ${detail})
      ON CONFLICT ("automationId", "triggerKey") DO NOTHING RETURNING id`,
    tx,
  );
  return row?.id ?? null;
}

/** A firing that could not run (its model step failed for good): recorded, and stamped. */
export async function recordFailure(rule: Rule, firing: Omit<Firing, "fieldsExtracted">, why: string) {
  await transaction(async (tx) => {
    if (!(await recordRun(tx, rule, firing, "failed", [], why))) return;
    await query(
      appendStampSql(
        target(firing.conversationId),
        { automationName: rule.name, fieldsExtracted: [], actions: [] },
        `Not run: ${why}`,
      ),
      tx,
    );
  });
}

export async function hasRun(automationId: string, triggerKey: string): Promise<boolean> {
  const rows = await query(
    Prisma.sql`SELECT 1 FROM "AutomationRun" WHERE "automationId" = ${automationId} AND "triggerKey" = ${triggerKey}`,
  );
  return rows.length > 0;
}

export async function ruleById(id: string, on?: Queryable): Promise<Rule | null> {
  const [rule] = await query<Rule>(
    Prisma.sql`SELECT ${ruleColumns} FROM "Automation" a WHERE a.id = ${id} AND a.enabled`,
    on,
  );
  return rule ?? null;
}

async function inSavepoint(
  tx: PoolClient,
  name: string,
  work: () => Promise<void>,
  failed: (error: unknown) => void | Promise<void>,
) {
  await tx.query(`SAVEPOINT ${name}`);
  try {
    await work();
    await tx.query(`RELEASE SAVEPOINT ${name}`);
  } catch (error) {
    await tx.query(`ROLLBACK TO SAVEPOINT ${name}`);
    await failed(error);
  }
}
