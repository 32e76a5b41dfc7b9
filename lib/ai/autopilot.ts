import "server-only";
import type { PoolClient } from "pg";
import type { JobResult, JobWithMetadata } from "pg-boss";
import { z } from "zod";
import type { Viewer } from "@/lib/auth/viewer";
import { isOpen } from "@/lib/business-hours";
import { accessibleConversationSql, conversationNotFound } from "@/lib/conversations/access";
import { jobQueue } from "@/lib/db/job-queue";
import { execute, type Queryable, query, transaction } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ChannelType } from "@/lib/generated/prisma/enums";
import { ApiError } from "@/lib/http/api-error";
import { type AutopilotJob, scheduleAutopilot as schedule } from "@/lib/inbound/autopilot-job";
import { logger } from "@/lib/log";
import { appendStampSql } from "@/lib/messages/append";
import { appendAndQueue, connectedChannels } from "@/lib/outbox/enqueue";
import { budgetSpent, describeModelFailure, recordedCall } from "./calls";
import { type Process, processOf } from "./processes";
import { modelClient, noProvider } from "./provider";
import {
  type ContactFacts,
  channelName,
  type Decision,
  type HistoryMessage,
  InvalidAnswer,
  parseAnswer,
  promptFor,
  recentHistory,
  stampActions,
  toolsFor,
} from "./tools";

// The autopilot: on a contact's message in a conversation on autopilot, a job (one per conversation
// at a time, after the process's quiet delay) asks the model what to do and does it in one
// transaction: the reply goes out through the outbox as an AI message, extracted fields land on
// the contact, and one SYSTEM message stamps the turn. The model is called before that
// transaction; the transaction commits only if the conversation is still on autopilot with
// nothing answered since the contact wrote, so a job run twice (a crash after commit) or a person
// who took over meanwhile never gets a second or a late reply. What the code checks first, never
// the model: opt-out words, hand-off keywords, the turn limit, the provider and the day's budget.

/** SMS opt-out words (the carriers' list): the contact's message alone, any case. */
const OPT_OUT = /^\s*(stop|stopall|stop all|unsubscribe|cancel|end|quit|optout|opt out|revoke)\s*[.!]*\s*$/i;

export async function startAutopilotWorker() {
  const boss = await jobQueue({ supervise: true });
  await boss.work(
    "autopilot",
    {
      batchSize: 8,
      includeMetadata: true,
      perJobResults: true,
      burstWhenBatchFull: true,
      // A conversation's next turn, queued while its last was finishing, is held by the queue's
      // policy until that one completes, and no NOTIFY says when: a short poll finds it.
      pollingIntervalSeconds: 0.5,
      notifyPollingIntervalSeconds: 0.5,
    },
    async (jobs: JobWithMetadata<AutopilotJob>[]) =>
      Promise.all(
        jobs.map(async (job): Promise<JobResult> => {
          try {
            await runTurn({
              conversationId: job.data.conversationId,
              lastAttempt: job.retryCount >= job.retryLimit,
              rateLimited: job.data.rateLimited ?? 0,
            });
            return { id: job.id, status: "completed" };
          } catch (error) {
            logger().warn(
              { jobId: job.id, conversationId: job.data.conversationId, reason: (error as Error).message },
              "autopilot turn will be retried",
            );
            return { id: job.id, status: "failed", output: { message: (error as Error).message } };
          }
        }),
      ),
  );
}

type State = {
  id: string;
  organizationId: string;
  timeZone: string;
  channelType: string;
  isAutopilot: boolean;
  processId: string | null;
  lastIncomingAt: Date | null;
  answered: boolean;
  aiTurns: number;
  contact: ContactFacts;
  process: Process | null;
  /** The contact's messages since our last answer. */
  unanswered: string[];
  history: HistoryMessage[];
};

/** Everything a turn reads, in one statement. */
async function loadState(conversationId: string, access: Prisma.Sql = Prisma.sql`true`): Promise<State | null> {
  const [row] = await query<
    State & { processRow: Record<string, unknown> | null; messages: HistoryMessage[] }
  >(Prisma.sql`
    SELECT c.id, c."organizationId", (SELECT o."timeZone" FROM "Organization" o WHERE o.id = c."organizationId") AS "timeZone",
      c."channelType", c."isAutopilot", c.process AS "processId", c."lastIncomingAt",
      EXISTS (SELECT 1 FROM "Message" m WHERE m."conversationId" = c.id AND m."senderType" IN ('USER', 'AI') AND m."automationId" IS NULL AND NOT m."isPrivate"
              AND c."lastIncomingAt" IS NOT NULL AND m."createdAt" >= c."lastIncomingAt") AS answered,
      (SELECT count(*)::int FROM "Message" m WHERE m."conversationId" = c.id AND m."senderType" = 'AI') AS "aiTurns",
      (SELECT jsonb_build_object('fullName', ct."fullName", 'phone', ct.phone, 'email', ct.email, 'attributes', ct.attributes)
       FROM "Contact" ct WHERE ct.id = c."contactId") AS contact,
      (SELECT to_jsonb(p) FROM "Process" p WHERE p.id = c.process) AS "processRow",
      ARRAY(SELECT m.body FROM "Message" m WHERE m."conversationId" = c.id AND m."senderType" = 'CONTACT'
            AND m."createdAt" > COALESCE((SELECT a."createdAt" FROM "Message" a WHERE a."conversationId" = c.id
                                          AND a."senderType" IN ('USER', 'AI') AND a."automationId" IS NULL AND NOT a."isPrivate"
                                          ORDER BY a."createdAt" DESC LIMIT 1), '-infinity')
            ORDER BY m."createdAt", m.id LIMIT 50) AS unanswered,
      -- Notes never: they are for people, and what the model writes goes to the contact.
      COALESCE((SELECT jsonb_agg(jsonb_build_object('senderType', r."senderType", 'body', r.body) ORDER BY r."createdAt", r.id)
        FROM (SELECT m."senderType", m.body, m."createdAt", m.id FROM "Message" m WHERE m."conversationId" = c.id
              AND NOT m."isPrivate" ORDER BY m."createdAt" DESC, m.id DESC LIMIT 60) r), '[]') AS messages
    FROM "Conversation" c WHERE c.id = ${conversationId} AND ${access}`);
  if (!row) return null;
  const p = row.processRow;
  return {
    ...row,
    contact: row.contact ?? { fullName: "", phone: null, email: null, attributes: {} },
    history: recentHistory(row.messages),
    process: p ? processOf(p) : null,
  };
}

/** One autopilot turn for a conversation. Throws (so the queue retries) only while a retry may help. */
export async function runTurn(options: {
  conversationId: string;
  lastAttempt: boolean;
  /** Times this turn was already put off by the model's Retry-After. */
  rateLimited?: number;
  now?: Date;
}) {
  const state = await loadState(options.conversationId);
  if (!state?.isAutopilot || !state.lastIncomingAt || state.answered) return;
  const process = state.process;
  if (!process) return stop(state, "autopilot_off", "Autopilot stopped: the conversation has no process to follow");
  // Quiet time: a message that came after this job was queued moves the answer on.
  const quietFor = ((options.now ?? new Date()).getTime() - state.lastIncomingAt.getTime()) / 1000;
  if (quietFor < process.replyDelaySeconds - 0.5) return schedule(state.id, process.replyDelaySeconds - quietFor);

  if (state.channelType === "sms" && state.unanswered.some((text) => OPT_OUT.test(text)))
    return stop(state, "opt_out", "Autopilot stopped: the contact opted out (STOP). No AI message will be sent.");
  // Outside the hours it works, the message waits for a person (and the autopilot stays on).
  if (process.activeHours) {
    const open = isOpen(process.activeHours.hours, state.timeZone, options.now);
    if (open !== (process.activeHours.mode === "inside")) return;
  }
  const keyword = process.handoffKeywords.find((word) =>
    state.unanswered.some((text) =>
      new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(word)}($|[^\\p{L}\\p{N}])`, "iu").test(text),
    ),
  );
  if (keyword) return stop(state, "handoff", `Handed to a person: the contact wrote "${keyword}"`, process);
  if (state.aiTurns >= process.maxTurns)
    return stop(state, "handoff", `Handed to a person: the autopilot sent its ${process.maxTurns} replies`, process);

  const model = await modelClient(state.organizationId);
  if (!model) return stop(state, "autopilot_off", "Autopilot stopped: no model provider is set up (Settings → AI)");
  if (await budgetSpent(state.organizationId, model.dailyTokenBudget))
    return stop(state, "budget_spent", "Autopilot stopped: today's AI token budget is spent", process);

  let decision: Decision;
  try {
    decision = await decide(state, process, model, "autopilot");
  } catch (error) {
    // A model that says when to come back (429 with Retry-After) is asked again then, three times
    // at most, before the queue's own retries.
    const rateLimited = options.rateLimited ?? 0;
    if (error instanceof ModelFailure && error.retryAfterSeconds !== undefined && rateLimited < 3) {
      return schedule(state.id, Math.min(300, Math.max(1, error.retryAfterSeconds)), undefined, {
        rateLimited: rateLimited + 1,
      });
    }
    if (!options.lastAttempt) throw error;
    return stop(
      state,
      "handoff",
      `Handed to a person: the model failed (${(error as Error).message.slice(0, 200)})`,
      process,
    );
  }
  await apply(state, process, decision);
}

/** Asks the model, records the call, and returns its checked answer (InvalidAnswer when it broke the rules). */
async function decide(
  state: State,
  process: Process,
  model: NonNullable<Awaited<ReturnType<typeof modelClient>>>,
  purpose: "autopilot" | "preview",
  mergeContextPrompt?: string,
): Promise<Decision> {
  const name = process.model ?? model.model;
  try {
    return await recordedCall(
      { organizationId: state.organizationId, conversationId: state.id, processId: process.id, purpose, model: name },
      () =>
        model.client.chat.completions.create({
          model: name,
          messages: promptFor({
            playbook: process,
            contact: state.contact,
            channel: channelName(state.channelType),
            history: state.history,
            mergeContextPrompt,
          }),
          tools: toolsFor(process),
          tool_choice: "auto",
          max_tokens: 1024,
        }),
      (completion) => parseAnswer(process, completion.choices?.[0]?.message, completion.choices?.[0]?.finish_reason),
    );
  } catch (error) {
    if (error instanceof InvalidAnswer) throw new InvalidAnswer(`its answer was invalid: ${error.message}`);
    throw new ModelFailure(`it ${describeModelFailure(error)}`, retryAfter(error));
  }
}

/** A call that failed; with the seconds its 429 asked us to wait, when it said. */
class ModelFailure extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/** Retry-After of a 429 (seconds, or an HTTP date), as the openai client's error carries it. */
function retryAfter(error: unknown): number | undefined {
  const e = error as { status?: number; headers?: Headers | Record<string, string> };
  if (e.status !== 429 || !e.headers) return undefined;
  const value = e.headers instanceof Headers ? e.headers.get("retry-after") : e.headers["retry-after"];
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, (at - Date.now()) / 1000);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The conversation aliased `c`, locked, still on autopilot with this process and nothing answered since. */
const stillOurs = (state: State) => Prisma.sql`
  SELECT c.* FROM "Conversation" c WHERE c.id = ${state.id} AND c."isAutopilot" AND c.process IS NOT DISTINCT FROM ${state.processId}
    AND NOT EXISTS (SELECT 1 FROM "Message" m WHERE m."conversationId" = c.id AND m."senderType" IN ('USER', 'AI') AND m."automationId" IS NULL AND NOT m."isPrivate"
                    AND m."createdAt" >= c."lastIncomingAt")`;

async function lock(tx: PoolClient, state: State): Promise<boolean> {
  await execute(Prisma.sql`SELECT id FROM "Conversation" WHERE id = ${state.id} FOR UPDATE`, tx);
  return (await query(stillOurs(state), tx)).length > 0;
}

/** The turn's effects, all or nothing. */
async function apply(state: State, process: Process, decision: Decision) {
  const connected = await connectedChannels(state.organizationId);
  await transaction(async (tx) => {
    if (!(await lock(tx, state))) return;
    if (decision.reply) {
      const sendable = connected.has(state.channelType as ChannelType);
      await appendAndQueue(tx, conversationTarget(state), { body: decision.reply, senderType: "AI" }, sendable);
    }
    const fields = Object.keys(decision.fields);
    if (fields.length > 0) {
      await execute(
        Prisma.sql`UPDATE "Contact" ct SET attributes = ct.attributes || ${JSON.stringify(decision.fields)}::jsonb, "updatedAt" = now()
          FROM "Conversation" c WHERE c.id = ${state.id} AND ct.id = c."contactId"`,
        tx,
      );
    }
    if (decision.handoff !== null) await handOff(tx, state, process.handoffUserId);
    if (decision.resolve) {
      await execute(
        Prisma.sql`UPDATE "Conversation" SET "isResolved" = true, "resolvedAt" = COALESCE("resolvedAt", now()),
          "resolvedById" = NULL, version = version + 1, "updatedAt" = now() WHERE id = ${state.id} AND NOT "isResolved"`,
        tx,
      );
    }
    await query(
      appendStampSql(
        conversationTarget(state),
        { automationName: process.name, fieldsExtracted: fields, actions: stampActions(decision) },
        decision.handoff !== null ? `Handed to a person: ${decision.handoff}` : "",
      ),
      tx,
    );
  });
}

const conversationTarget = (state: State) => Prisma.sql`SELECT c.* FROM "Conversation" c WHERE c.id = ${state.id}`;

/** Autopilot off, and to the process's hand-off person if it names one. */
async function handOff(tx: Queryable, state: State, userId: string | null) {
  await execute(
    Prisma.sql`UPDATE "Conversation" SET "isAutopilot" = false, version = version + 1, "updatedAt" = now(),
        "changedById" = NULL
      WHERE id = ${state.id} AND "isAutopilot"`,
    tx,
  );
  if (userId) {
    await execute(
      Prisma.sql`INSERT INTO "ConversationAssignee" ("conversationId", "userId")
        SELECT ${state.id}, u.id FROM "User" u WHERE u.id = ${userId} AND u."organizationId" = ${state.organizationId}
          AND u."deactivatedAt" IS NULL
        ON CONFLICT DO NOTHING`,
      tx,
    );
  }
}

/** Ends the autopilot without asking the model, with a stamp that says why. */
async function stop(
  state: State,
  action: "handoff" | "opt_out" | "budget_spent" | "autopilot_off",
  why: string,
  process?: Process,
) {
  await transaction(async (tx) => {
    if (!(await lock(tx, state))) return;
    await handOff(tx, state, action === "handoff" ? (process?.handoffUserId ?? null) : null);
    await query(
      appendStampSql(
        conversationTarget(state),
        {
          automationName: process?.name ?? "Autopilot",
          fieldsExtracted: [],
          actions: action === "autopilot_off" ? ["autopilot_off"] : [action, "autopilot_off"],
        },
        why,
      ),
      tx,
    );
  });
}

export const generatedReplySchema = z.strictObject({
  reply: z.string().nullable(),
  fieldsExtracted: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  handoff: z.string().nullable(),
  actions: z.array(z.string()),
});
export type GeneratedReply = z.infer<typeof generatedReplySchema>;

/**
 * The reference's `POST /api/ai/process`, and the composer's Suggest reply: what the process would
 * do now in a conversation the viewer may access, sending and saving nothing. With `processId`, that
 * process instead of the conversation's own.
 */
export async function generateReply(options: {
  viewer: Viewer;
  conversationId: string;
  processId?: string;
  mergeContextPrompt?: string;
}): Promise<GeneratedReply> {
  const { viewer } = options;
  const state = await loadState(options.conversationId, accessibleConversationSql(viewer));
  if (!state) throw conversationNotFound();
  const processId = options.processId ?? state.processId;
  if (!processId) throw new ApiError("conflict", "This conversation has no process: choose one to generate a reply");
  const process = processId === state.processId ? state.process : await processById(viewer.organizationId, processId);
  if (!process) throw new ApiError("not_found", "Process not found");
  const model = await modelClient(viewer.organizationId);
  if (!model) throw noProvider();
  if (await budgetSpent(viewer.organizationId, model.dailyTokenBudget))
    throw new ApiError(
      "too_many_requests",
      "Today's AI token budget is spent: it starts again tomorrow",
      undefined,
      3600,
    );
  try {
    const decision = await decide(state, process, model, "preview", options.mergeContextPrompt);
    return {
      reply: decision.reply,
      fieldsExtracted: decision.fields,
      handoff: decision.handoff,
      actions: stampActions(decision),
    };
  } catch (error) {
    throw new ApiError(
      "channel_provider_failed",
      `The model did not give a usable answer: ${(error as Error).message}`,
    );
  }
}

async function processById(organizationId: string, id: string): Promise<Process | null> {
  const [row] = await query<Record<string, unknown>>(
    Prisma.sql`SELECT * FROM "Process" WHERE id = ${id} AND "organizationId" = ${organizationId}`,
  );
  return row ? processOf(row) : null;
}
