import "server-only";
import type { Job, JobWithMetadata } from "pg-boss";
import { budgetSpent, describeModelFailure, recordedCall } from "@/lib/ai/calls";
import { modelClient } from "@/lib/ai/provider";
import { channelName, parseAnswer, promptFor, recentHistory, toolsFor } from "@/lib/ai/tools";
import { conversationJson } from "@/lib/conversations/json";
import { serverKeys } from "@/lib/crypto/server-keys";
import { pruneEvents } from "@/lib/db/change-events";
import type { ChangeConsumer } from "@/lib/db/change-listener";
import { jobQueue } from "@/lib/db/job-queue";
import { execute, query, transaction } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { postOutbound } from "@/lib/http/outbound";
import { logger } from "@/lib/log";
import { openWebhookSecret } from "@/lib/webhooks/secrets";
import { signedHeaders } from "@/lib/webhooks/signing";
import type { WebhookJob } from "./actions";
import {
  fireNow,
  handlePendingEvents,
  hasRun,
  loadFacts,
  type ModelJob,
  recordFailure,
  ruleById,
  runTimer,
  type TimerJob,
} from "./engine";

// The automations' workers, in every app server (lib/workers.ts): their share of the change
// events (automationConsumer, run by lib/db/change-listener.ts), time-based rules' jobs, model
// steps and webhook calls.

// The conversation JSON as no particular person sees it (isUpdated is per person).
const NO_RECEIVER = "0".repeat(24);

export async function startAutomationWorker() {
  const boss = await jobQueue({ supervise: true });
  // A timer comes due with no NOTIFY to say so: a one-second poll finds it (one indexed query).
  const timers = { batchSize: 8, pollingIntervalSeconds: 1, notifyPollingIntervalSeconds: 1 };
  await boss.work("automation-timer", timers, async (jobs: Job<TimerJob>[]) => {
    for (const job of jobs) await runTimer(job.data);
  });
  await boss.work(
    "automation-model",
    { batchSize: 4, includeMetadata: true },
    async (jobs: JobWithMetadata<ModelJob>[]) => {
      for (const job of jobs) await runModelStep(job.data, job.retryCount >= job.retryLimit);
    },
  );
  await boss.work(
    "automation-webhook",
    { batchSize: 8, includeMetadata: true },
    async (jobs: JobWithMetadata<WebhookJob>[]) => {
      await Promise.all(jobs.map((job) => deliverWebhook(job.data, job.id, job.retryCount >= job.retryLimit)));
    },
  );
}

/** The automations' share of the change events (lib/db/change-listener.ts). */
export const automationConsumer: ChangeConsumer = {
  name: "automations",
  handle: () => handlePendingEvents(),
  every: () => pruneEvents(),
};

/**
 * A rule that extracts fields: the model reads the conversation with one tool (extract, with the
 * rule's fields), then the firing runs with what it found. A model that fails is retried by the
 * queue; on the last try the firing is recorded as failed and stamped, so people see it.
 */
export async function runModelStep(job: ModelJob, lastAttempt: boolean) {
  const rule = await ruleById(job.automationId);
  // Gone, disabled, or fired already (this job again, after a crash): nothing to ask.
  if (!rule || (await hasRun(rule.id, job.triggerKey))) return;
  const extract = rule.actions.find((action) => action.type === "extract");
  const facts = await loadFacts(job.conversationId, null);
  if (!facts?.contact) return;
  const fields = extract && extract.type === "extract" ? extract.fields : [];
  const model = await modelClient(rule.organizationId);
  if (!model) return recordFailure(rule, job, "no model provider is set up (Settings → AI)");
  if (await budgetSpent(rule.organizationId, model.dailyTokenBudget))
    return recordFailure(rule, job, "today's AI token budget is spent");
  const playbook = {
    name: rule.name,
    instructions:
      "Read the conversation and save, with the extract tool, what the contact said about the fields it names. Never reply.",
    fields,
    actions: ["extract" as const],
  };
  const history = await query<{ senderType: string; body: string }>(
    Prisma.sql`SELECT r."senderType", r.body FROM (SELECT m."senderType", m.body, m."createdAt", m.id FROM "Message" m
      WHERE m."conversationId" = ${job.conversationId} AND NOT m."isPrivate" ORDER BY m."createdAt" DESC, m.id DESC LIMIT 60) r
      ORDER BY r."createdAt", r.id`,
  );
  let extracted: Record<string, string | number | boolean>;
  try {
    extracted = await recordedCall(
      {
        organizationId: rule.organizationId,
        conversationId: job.conversationId,
        purpose: "automation",
        model: model.model,
      },
      () =>
        model.client.chat.completions.create({
          model: model.model,
          messages: promptFor({
            playbook,
            contact: facts.contact as NonNullable<typeof facts.contact>,
            channel: channelName(facts.channelType),
            history: recentHistory(history),
          }),
          tools: toolsFor(playbook),
          tool_choice: "auto",
          max_tokens: 512,
        }),
      (completion) => {
        const message = completion.choices?.[0]?.message;
        // Nothing to extract is an answer too.
        if (message && !message.tool_calls?.length) return {};
        return parseAnswer(playbook, message, completion.choices?.[0]?.finish_reason).fields;
      },
    );
  } catch (error) {
    if (!lastAttempt) throw error;
    return recordFailure(rule, job, `the model ${describeModelFailure(error)}`);
  }
  await transaction((tx) => fireNow(tx, rule, { ...job, fieldsExtracted: extracted }));
}

/**
 * A rule's webhook call, signed as Standard Webhooks says (webhook-id: the run, the same on every
 * retry so the receiver can drop duplicates; webhook-timestamp; webhook-signature, HMAC-SHA256
 * with the rule's secret). 2xx within 15 s is delivered; anything else is retried by the queue.
 * The body: { type: "automation.fired", timestamp, data: { automation, conversation, actions } }.
 */
export async function deliverWebhook(job: WebhookJob, jobId: string, lastAttempt: boolean) {
  const [row] = await query<{
    name: string;
    organizationId: string;
    webhookSecret: string | null;
    conversation: string | null;
    actions: string[];
  }>(
    Prisma.sql`SELECT a.name, a."organizationId", a."webhookSecret", r.actions,
      (SELECT ${conversationJson(NO_RECEIVER)} FROM "Conversation" c WHERE c.id = r."conversationId") AS conversation
    FROM "AutomationRun" r JOIN "Automation" a ON a.id = r."automationId" WHERE r.id = ${job.runId}`,
  );
  if (!row?.webhookSecret) return;
  const timestamp = new Date();
  const body = `{"type":"automation.fired","timestamp":${JSON.stringify(timestamp.toISOString())},"data":{"automation":${JSON.stringify(
    { _id: job.automationId, name: row.name },
  )},"actions":${JSON.stringify(row.actions)},"fieldsExtracted":${JSON.stringify(job.fieldsExtracted)},"conversation":${row.conversation ?? "null"}}}`;
  const secret = openWebhookSecret(
    { kind: "automation-webhook", organizationId: row.organizationId, id: job.automationId },
    row.webhookSecret,
    serverKeys("a webhook's signing secret"),
  );
  let outcome: string;
  let delivered = false;
  try {
    const answer = await postOutbound(job.url, {
      headers: signedHeaders([secret], job.runId, timestamp, body),
      body,
      timeoutMs: 15_000,
    });
    delivered = answer.status >= 200 && answer.status < 300;
    outcome = `Webhook answered ${answer.status}${delivered ? "" : `: ${answer.body.slice(0, 200)}`}`;
  } catch (error) {
    outcome = `Webhook failed: ${(error as Error).message.slice(0, 200)}`;
  }
  await execute(Prisma.sql`UPDATE "AutomationRun" SET detail = ${outcome} WHERE id = ${job.runId}`);
  if (!delivered) {
    logger().warn(
      { jobId, runId: job.runId, outcome },
      lastAttempt ? "automation webhook given up" : "automation webhook will be retried",
    );
    if (!lastAttempt) throw new Error(outcome);
  }
}
