import "server-only";
import { z } from "zod";
import { canSeeWholeOrganization, type Viewer } from "@/lib/auth/viewer";
import { accessibleConversationSql, conversationNotFound } from "@/lib/conversations/access";
import { serverKeys } from "@/lib/crypto/server-keys";
import { db } from "@/lib/db/client";
import { query } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";
import { jsonDate, jsonId } from "@/lib/schemas";
import { sealWebhookSecret } from "@/lib/webhooks/secrets";
import { newWebhookSecret } from "@/lib/webhooks/signing";
import { loadFacts } from "./engine";
import { describeAction, describeCondition, describeRule, evaluate, type Names } from "./evaluate";
import {
  type Action,
  type AutomationEvent,
  type AutomationInput,
  action,
  type Condition,
  condition,
  eventNames,
  isTimed,
} from "./schemas";

// Automation rules: managers and admins of the organization read and write them (agents see the
// stamps they leave, not the rules). Another organization's rule is "not found".

export const automationJsonSchema = z.strictObject({
  _id: jsonId,
  name: z.string(),
  enabled: z.boolean(),
  event: z.enum(eventNames),
  delaySeconds: z.number().int().nullable(),
  match: z.enum(["all", "any"]),
  conditions: z.array(condition),
  actions: z.array(action),
  /** The rule in plain words. */
  summary: z.string(),
  /** Whether its webhook calls are signed with a secret (shown once, when made). */
  hasWebhookSecret: z.boolean(),
  createdAt: jsonDate,
  updatedAt: jsonDate,
});
export type AutomationJson = z.infer<typeof automationJsonSchema>;

type Row = Awaited<ReturnType<typeof db.automation.findFirstOrThrow>>;

function assertManager(viewer: Viewer) {
  if (!canSeeWholeOrganization(viewer))
    throw new ApiError("forbidden", "Only managers and admins can manage automations");
}

const notFound = () => new ApiError("not_found", "Automation not found");

/** How rules name the organization's people and processes (a deleted one says so). */
async function namesOf(organizationId: string): Promise<Names> {
  const [users, processes, labels] = await Promise.all([
    db.user.findMany({ where: { organizationId }, select: { id: true, fullName: true } }),
    db.process.findMany({ where: { organizationId }, select: { id: true, name: true } }),
    db.label.findMany({ where: { organizationId }, select: { id: true, name: true } }),
  ]);
  const user = new Map(users.map((u) => [u.id, u.fullName]));
  const process = new Map(processes.map((p) => [p.id, p.name]));
  const label = new Map(labels.map((l) => [l.id, l.name]));
  return {
    user: (id) => user.get(id) ?? "someone no longer here",
    process: (id) => process.get(id) ?? "a deleted process",
    label: (id) => label.get(id) ?? "a deleted label",
  };
}

const automationJson = (row: Row, names: Names): AutomationJson => {
  const rule = {
    event: row.event as AutomationEvent,
    delaySeconds: row.delaySeconds,
    match: row.match as "all" | "any",
    conditions: row.conditions as Condition[],
    actions: row.actions as Action[],
  };
  return {
    _id: row.id,
    name: row.name,
    enabled: row.enabled,
    ...rule,
    summary: describeRule(rule, names),
    hasWebhookSecret: row.webhookSecret !== null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
};

export async function listAutomations(viewer: Viewer): Promise<AutomationJson[]> {
  assertManager(viewer);
  const [rows, names] = await Promise.all([
    db.automation.findMany({
      where: { organizationId: viewer.organizationId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 500,
    }),
    namesOf(viewer.organizationId),
  ]);
  return rows.map((row) => automationJson(row, names));
}

/** 400 naming each person or process a rule refers to that is not the organization's. */
async function assertReferences(viewer: Viewer, rule: { conditions?: Condition[]; actions?: Action[] }) {
  const users = new Set<string>();
  const processes = new Set<string>();
  const labels = new Set<string>();
  const paths = new Map<string, string>();
  rule.conditions?.forEach((c, i) => {
    if (c.field === "assignee" && c.operator !== "none") {
      users.add(c.userId);
      paths.set(c.userId, `conditions.${i}.userId`);
    }
    if (c.field === "label") {
      labels.add(c.labelId);
      paths.set(c.labelId, `conditions.${i}.labelId`);
    }
  });
  rule.actions?.forEach((a, i) => {
    if (a.type === "assign" && a.mode === "person") {
      users.add(a.userId);
      paths.set(a.userId, `actions.${i}.userId`);
    }
    if (a.type === "assign" && a.mode !== "person")
      a.userIds.forEach((id, j) => {
        users.add(id);
        paths.set(id, `actions.${i}.userIds.${j}`);
      });
    if (a.type === "autopilot_on") {
      processes.add(a.processId);
      paths.set(a.processId, `actions.${i}.processId`);
    }
    if (a.type === "label") {
      labels.add(a.labelId);
      paths.set(a.labelId, `actions.${i}.labelId`);
    }
  });
  const [foundUsers, foundProcesses, foundLabels] = await Promise.all([
    db.user.findMany({
      where: { organizationId: viewer.organizationId, id: { in: [...users] } },
      select: { id: true },
    }),
    db.process.findMany({
      where: { organizationId: viewer.organizationId, id: { in: [...processes] } },
      select: { id: true },
    }),
    db.label.findMany({
      where: { organizationId: viewer.organizationId, id: { in: [...labels] } },
      select: { id: true },
    }),
  ]);
  const known = new Set([...foundUsers, ...foundProcesses, ...foundLabels].map((row) => row.id));
  const kind = (id: string) => (users.has(id) ? "person" : processes.has(id) ? "process" : "label");
  const problems = [...users, ...processes, ...labels]
    .filter((id) => !known.has(id))
    .map((id) => ({ path: paths.get(id) as string, message: `no ${kind(id)} ${id} in this organization` }));
  if (problems.length > 0)
    throw new ApiError("bad_request", problems.map((p) => `${p.path}: ${p.message}`).join("; "), problems);
}

const hasWebhook = (actions: Action[]) => actions.some((action) => action.type === "webhook");

/** The rule, and its webhook secret when this write made one (shown this once). */
/** A rule as saved; a new webhook signing secret in this answer only. */
export const savedAutomationSchema = z.strictObject({
  data: automationJsonSchema,
  webhookSecret: z.string().optional(),
});
export type SavedAutomation = z.infer<typeof savedAutomationSchema>;

export async function createAutomation(viewer: Viewer, input: AutomationInput): Promise<SavedAutomation> {
  assertManager(viewer);
  await assertReferences(viewer, input);
  const row = await db.automation.create({
    data: {
      organizationId: viewer.organizationId,
      name: input.name,
      enabled: input.enabled,
      event: input.event,
      delaySeconds: isTimed(input.event) ? (input.delaySeconds ?? null) : null,
      match: input.match,
      conditions: input.conditions,
      actions: input.actions,
    },
  });
  return withSecretIfNeeded(viewer, row);
}

/** A rule that calls a webhook and has no secret yet gets one. */
async function withSecretIfNeeded(viewer: Viewer, row: Row): Promise<SavedAutomation> {
  if (!hasWebhook(row.actions as Action[]) || row.webhookSecret) {
    return { data: automationJson(row, await namesOf(viewer.organizationId)) };
  }
  return rotateWebhookSecret(viewer, row.id);
}

export async function updateAutomation(
  viewer: Viewer,
  id: string,
  input: Partial<AutomationInput>,
): Promise<SavedAutomation> {
  assertManager(viewer);
  const current = await db.automation.findFirst({ where: { id, organizationId: viewer.organizationId } });
  if (!current) throw notFound();
  const event = (input.event ?? current.event) as AutomationEvent;
  const delaySeconds = input.delaySeconds !== undefined ? input.delaySeconds : current.delaySeconds;
  if (isTimed(event) && !delaySeconds)
    throw new ApiError("bad_request", "delaySeconds: say how long to wait", [
      { path: "delaySeconds", message: "say how long to wait" },
    ]);
  await assertReferences(viewer, input);
  const row = await db.automation.update({
    where: { id },
    data: {
      ...input,
      delaySeconds: isTimed(event) ? delaySeconds : null,
    },
  });
  return withSecretIfNeeded(viewer, row);
}

/** A new signing secret, the old one no longer valid; answered this once. */
export async function rotateWebhookSecret(viewer: Viewer, id: string): Promise<SavedAutomation> {
  assertManager(viewer);
  const current = await db.automation.findFirst({
    where: { id, organizationId: viewer.organizationId },
    select: { id: true },
  });
  if (!current) throw notFound();
  const secret = newWebhookSecret();
  const row = await db.automation.update({
    where: { id },
    data: {
      webhookSecret: sealWebhookSecret(
        { kind: "automation-webhook", organizationId: viewer.organizationId, id },
        secret,
        serverKeys("a webhook's signing secret"),
      ),
    },
  });
  return { data: automationJson(row, await namesOf(viewer.organizationId)), webhookSecret: secret };
}

export async function deleteAutomation(viewer: Viewer, id: string) {
  assertManager(viewer);
  const { count } = await db.automation.deleteMany({ where: { id, organizationId: viewer.organizationId } });
  if (count === 0) throw notFound();
}

export const runJsonSchema = z.strictObject({
  _id: jsonId,
  conversationId: jsonId.nullable(),
  contactName: z.string().nullable(),
  outcome: z.enum(["fired", "limited", "failed"]),
  actions: z.array(z.string()),
  detail: z.string().nullable(),
  createdAt: jsonDate,
});
export type RunJson = z.infer<typeof runJsonSchema>;
/** A page of runs; `next` is the `before` of the page after, or null. */
export const runsPageSchema = z.strictObject({ runs: z.array(runJsonSchema), next: jsonId.nullable() });

/** A rule's runs, newest first, 50 a page; `before` is the last one's `_id` of the page before. */
export async function listRuns(viewer: Viewer, id: string, before?: string): Promise<z.infer<typeof runsPageSchema>> {
  assertManager(viewer);
  const owned = await db.automation.findFirst({
    where: { id, organizationId: viewer.organizationId },
    select: { id: true },
  });
  if (!owned) throw notFound();
  const page = 50;
  const after = before
    ? Prisma.sql`AND (r."createdAt", r.id) < (SELECT b."createdAt", b.id FROM "AutomationRun" b WHERE b.id = ${before} AND b."automationId" = ${id})`
    : Prisma.empty;
  const rows = await query<RunJson>(
    Prisma.sql`SELECT r.id AS "_id", r."conversationId", r.outcome, COALESCE(r.actions, '{}') AS actions, r.detail,
      to_char(r."createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt",
      (SELECT ct."fullName" FROM "Conversation" c JOIN "Contact" ct ON ct.id = c."contactId" WHERE c.id = r."conversationId") AS "contactName"
    FROM "AutomationRun" r WHERE r."automationId" = ${id} ${after}
    ORDER BY r."createdAt" DESC, r.id DESC LIMIT ${page + 1}`,
  );
  return { runs: rows.slice(0, page), next: rows.length > page ? (rows[page - 1]?._id ?? null) : null };
}

export const tryResultSchema = z.strictObject({
  matched: z.boolean(),
  summary: z.string(),
  conditions: z.array(z.strictObject({ description: z.string(), met: z.boolean() })),
  actions: z.array(z.string()),
  note: z.string().nullable(),
});
export type TryResult = z.infer<typeof tryResultSchema>;

/** What the rule would do on this conversation now, changing nothing. */
export async function tryAutomation(
  viewer: Viewer,
  conversationId: string,
  rule: Omit<AutomationInput, "name" | "enabled">,
): Promise<TryResult> {
  assertManager(viewer);
  const [accessible] = await query<{ id: string }>(
    Prisma.sql`SELECT c.id FROM "Conversation" c WHERE c.id = ${conversationId} AND ${accessibleConversationSql(viewer)}`,
  );
  const facts = accessible ? await loadFacts(conversationId, null) : null;
  if (!facts) throw conversationNotFound();
  const names = await namesOf(viewer.organizationId);
  const verdict = evaluate(rule, facts);
  return {
    matched: verdict.matched,
    summary: describeRule(rule, names),
    conditions: verdict.results.map((result) => ({
      description: describeCondition(result.condition, names),
      met: result.met,
    })),
    actions: rule.actions.map((action) => describeAction(action, names)),
    note: isTimed(rule.event)
      ? "Time-based: it fires only once the silence has lasted that long; the conditions are checked then, as here."
      : rule.event.startsWith("message.")
        ? "Checked against the contact's latest message; a new one is checked when it arrives."
        : null,
  };
}
