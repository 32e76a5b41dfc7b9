import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { accessibleConversationSql, conversationNotFound } from "@/lib/conversations/access";
import type { ConversationChanges } from "@/lib/conversations/bulk-action";
import { resolutionJson } from "@/lib/conversations/json";
import { getConversation } from "@/lib/conversations/read";
import { execute, type Queryable, query, transaction } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";
import { scheduleWakes } from "./snooze";

type Current = {
  id: string;
  version: number;
  isResolved: boolean;
  assignees: string[];
  isAutopilot: boolean;
  process: string | null;
  isSnoozed: boolean;
  snoozedUntil: string | null;
};

/**
 * Changes assignees and/or resolution under a row lock, so that concurrent updates serialise
 * instead of overwriting each other, and answers with the conversation's JSON as it now is. With
 * expectedVersion, a stale version is a 409. __v and updatedAt move only when something changed.
 */
export async function updateConversation(options: {
  viewer: Viewer;
  conversationId: string;
  changes: ConversationChanges;
  expectedVersion?: number;
  /** The answer, built from the conversation aliased `c`; the whole conversation by default. */
  json?: Prisma.Sql;
}): Promise<string> {
  const { viewer, conversationId, changes, expectedVersion } = options;
  return transaction(async (tx) => {
    let stale: Current | undefined;
    await changeConversations(
      tx,
      viewer,
      [conversationId],
      (current) => {
        if (expectedVersion === undefined || expectedVersion === current.version) return changes;
        stale = current;
        return {};
      },
      changes.assignees,
      changes.process ? [changes.process] : [],
    );
    if (stale) throw await conflict(tx, stale, expectedVersion as number);
    return getConversation({ viewer, conversationId, json: options.json, on: tx });
  });
}

/** The 409 for a stale __v: who changed the conversation since, and what it is now. */
async function conflict(tx: Queryable, current: Current, expectedVersion: number): Promise<ApiError> {
  const [now] = await query<{ changedBy: string | null; assignees: string[] }>(
    Prisma.sql`SELECT (SELECT u."fullName" FROM "User" u WHERE u.id = c."changedById") AS "changedBy",
      ARRAY(SELECT u."fullName" FROM "ConversationAssignee" a JOIN "User" u ON u.id = a."userId"
            WHERE a."conversationId" = c.id ORDER BY a."createdAt", a."userId")::text[] AS assignees
    FROM "Conversation" c WHERE c.id = ${current.id}`,
    tx,
  );
  const who = now?.changedBy ?? "someone else";
  const state = `${now?.assignees.length ? `assigned to ${now.assignees.join(", ")}` : "unassigned"}, ${current.isResolved ? "resolved" : "open"}`;
  // The message for an API client, with the versions; the error's own line in plain words, for people.
  return new ApiError(
    "conflict",
    `Conversation was changed by ${who} (version ${current.version}, you sent ${expectedVersion}); it is now ${state}. Reload it and try again.`,
    [{ path: "__v", message: `It was changed by ${who} meanwhile: it is now ${state}.` }],
  );
}

/** The resolve endpoint: the same write, answered with `{ _id, isResolved, resolvedAt }`. */
export const resolveConversation = (options: { viewer: Viewer; conversationId: string; isResolved: boolean }) =>
  updateConversation({ ...options, changes: { isResolved: options.isResolved }, json: resolutionJson });

/**
 * Within a transaction: locks the conversations, asks `decide` what to change in each given its
 * current state, and applies every change in one statement. 404 (and no change at all) when the
 * viewer may not access one of them; 400 naming any assignee who is not in the organization.
 * Three statements whatever the number of conversations.
 */
export async function changeConversations(
  tx: Queryable,
  viewer: Viewer,
  conversationIds: string[],
  decide: (current: Current) => ConversationChanges,
  /** Every user id `decide` may add, checked against the organization in the same read. */
  requestedUserIds: string[] = [],
  /** Every process id `decide` may set, checked the same way. */
  requestedProcessIds: string[] = [],
) {
  const ids = [...new Set(conversationIds)].sort();
  // The lock is a statement of its own, before anything is read. In READ COMMITTED a statement
  // reads from a snapshot taken when it starts: one that waited here for another writer would go on
  // reading the assignees (and access) as they were before that writer committed. Rows are locked
  // in id order, so two bulk updates over overlapping selections cannot deadlock.
  await execute(
    Prisma.sql`SELECT id FROM "Conversation" WHERE id = ANY(${ids}::char(24)[]) AND "organizationId" = ${viewer.organizationId}
      ORDER BY id FOR UPDATE`,
    tx,
  );
  const rows = await query<
    Current & { unknownUsers: string[]; inactiveUsers: string[]; processes: string[]; hasModel: boolean }
  >(
    Prisma.sql`
    SELECT c.id, c.version, c."isResolved", c."isAutopilot", c.process, c."isSnoozed",
      to_json(c."snoozedUntil")#>>'{}' AS "snoozedUntil",
      ARRAY(SELECT p.id FROM "Process" p WHERE p."organizationId" = ${viewer.organizationId}
            AND p.id = ANY(${requestedProcessIds}::char(24)[]))::text[] AS processes,
      EXISTS (SELECT 1 FROM "ModelProvider" mp WHERE mp."organizationId" = ${viewer.organizationId}) AS "hasModel",
      ARRAY(SELECT a."userId" FROM "ConversationAssignee" a WHERE a."conversationId" = c.id
            ORDER BY a."createdAt", a."userId")::text[] AS assignees,
      ARRAY(SELECT r FROM unnest(${requestedUserIds}::char(24)[]) r WHERE NOT EXISTS (
            SELECT 1 FROM "User" u WHERE u.id = r AND u."organizationId" = ${viewer.organizationId}))::text[] AS "unknownUsers",
      ARRAY(SELECT u.id FROM "User" u WHERE u.id = ANY(${requestedUserIds}::char(24)[])
            AND u."organizationId" = ${viewer.organizationId} AND u."deactivatedAt" IS NOT NULL)::text[] AS "inactiveUsers"
    FROM "Conversation" c WHERE c.id = ANY(${ids}::char(24)[]) AND ${accessibleConversationSql(viewer)}`,
    tx,
  );
  if (rows.length < ids.length) throw conversationNotFound();

  const plan = {
    removeFrom: [] as string[],
    removeUser: [] as string[],
    addTo: [] as string[],
    addUser: [] as string[],
  };
  const resolve: string[] = [];
  const reopen: string[] = [];
  const autopilot = { ids: [] as string[], on: [] as boolean[], process: [] as (string | null)[] };
  const snooze = { ids: [] as string[], until: [] as (string | null)[] };
  const wake: string[] = [];
  const changed = new Set<string>();
  const unknown = new Set(rows[0]?.unknownUsers ?? []);
  const inactive = new Set(rows[0]?.inactiveUsers ?? []);
  for (const current of rows) {
    const changes = decide(current);
    if (changes.assignees) {
      assertAssignable(changes.assignees, current.assignees, unknown, inactive);
      for (const userId of current.assignees.filter((u) => !changes.assignees?.includes(u))) {
        plan.removeFrom.push(current.id);
        plan.removeUser.push(userId);
        changed.add(current.id);
      }
      for (const userId of changes.assignees.filter((u) => !current.assignees.includes(u))) {
        plan.addTo.push(current.id);
        plan.addUser.push(userId);
        changed.add(current.id);
      }
    }
    if (changes.isResolved !== undefined && changes.isResolved !== current.isResolved) {
      (changes.isResolved ? resolve : reopen).push(current.id);
      changed.add(current.id);
    }
    const snoozing = snoozeChange(current, changes);
    if (snoozing === "wake") wake.push(current.id);
    if (snoozing && snoozing !== "wake") {
      snooze.ids.push(current.id);
      snooze.until.push(snoozing.until);
      if (current.isResolved) reopen.push(current.id);
    }
    if (snoozing) changed.add(current.id);
    const next = autopilotChange(current, changes, new Set(rows[0]?.processes ?? []), rows[0]?.hasModel ?? false);
    if (next) {
      autopilot.ids.push(current.id);
      autopilot.on.push(next.isAutopilot);
      autopilot.process.push(next.process);
      changed.add(current.id);
    }
  }
  if (changed.size === 0) return;
  // Triggers keep the assignee rows' copies of resolution and time, and assigneeCount, in step.
  await execute(
    Prisma.sql`
    WITH removed AS (
      DELETE FROM "ConversationAssignee" a USING unnest(${plan.removeFrom}::char(24)[], ${plan.removeUser}::char(24)[]) r(c, u)
      WHERE a."conversationId" = r.c AND a."userId" = r.u),
    added AS (
      INSERT INTO "ConversationAssignee" ("conversationId", "userId")
      SELECT * FROM unnest(${plan.addTo}::char(24)[], ${plan.addUser}::char(24)[]))
    UPDATE "Conversation" c SET version = c.version + 1, "updatedAt" = now(), "changedById" = ${viewer.userId},
      -- Snoozing reopens; resolving wakes (lib/conversations/snooze.ts).
      "isSnoozed" = CASE WHEN c.id = ANY(${snooze.ids}::char(24)[]) THEN true
                         WHEN c.id = ANY(${wake}::char(24)[]) OR c.id = ANY(${resolve}::char(24)[]) THEN false
                         ELSE c."isSnoozed" END,
      "snoozedUntil" = CASE WHEN c.id = ANY(${snooze.ids}::char(24)[])
                            THEN (SELECT s.until FROM unnest(${snooze.ids}::char(24)[], ${snooze.until}::timestamptz[])
                                  s(id, until) WHERE s.id = c.id)
                            WHEN c.id = ANY(${wake}::char(24)[]) OR c.id = ANY(${resolve}::char(24)[]) THEN NULL
                            ELSE c."snoozedUntil" END,
      "isResolved" = CASE WHEN c.id = ANY(${resolve}::char(24)[]) THEN true
                          WHEN c.id = ANY(${reopen}::char(24)[]) THEN false ELSE c."isResolved" END,
      "resolvedAt" = CASE WHEN c.id = ANY(${resolve}::char(24)[]) THEN now()
                          WHEN c.id = ANY(${reopen}::char(24)[]) THEN NULL ELSE c."resolvedAt" END,
      "resolvedById" = CASE WHEN c.id = ANY(${resolve}::char(24)[]) THEN ${viewer.userId}
                            WHEN c.id = ANY(${reopen}::char(24)[]) THEN NULL ELSE c."resolvedById" END,
      "isAutopilot" = COALESCE((SELECT a.turned_on FROM unnest(${autopilot.ids}::char(24)[], ${autopilot.on}::boolean[])
                                a(id, turned_on) WHERE a.id = c.id), c."isAutopilot"),
      process = CASE WHEN c.id = ANY(${autopilot.ids}::char(24)[])
                     THEN (SELECT a.process FROM unnest(${autopilot.ids}::char(24)[], ${autopilot.process}::char(24)[])
                           a(id, process) WHERE a.id = c.id)
                     ELSE c.process END
    WHERE c.id = ANY(${[...changed]}::char(24)[])`,
    tx,
  );
  await scheduleWakes(tx, snooze.ids, snooze.until);
}

/** What a change does to a snooze: snooze (anew, or until another time), wake, or nothing. */
function snoozeChange(current: Current, changes: ConversationChanges): { until: string | null } | "wake" | null {
  if (changes.snooze === undefined) return changes.isResolved && current.isSnoozed ? "wake" : null;
  if (changes.snooze === false) return current.isSnoozed ? "wake" : null;
  const until = changes.snooze.until;
  const same =
    current.isSnoozed &&
    (current.snoozedUntil === null
      ? until === null
      : until !== null && Date.parse(current.snoozedUntil) === Date.parse(until));
  return same ? null : { until };
}

/**
 * The autopilot a change asks for, or null when it stays as it is. Turning it on needs a process
 * (sent or already set) of the organization's, and a model provider; removing the process turns
 * it off, as nothing is left to follow.
 */
function autopilotChange(
  current: Current,
  changes: ConversationChanges,
  knownProcesses: ReadonlySet<string>,
  hasModel: boolean,
): { isAutopilot: boolean; process: string | null } | null {
  if (changes.isAutopilot === undefined && changes.process === undefined) return null;
  if (changes.process && !knownProcesses.has(changes.process)) {
    throw new ApiError("bad_request", "process: no process with this id in the organization", [
      { path: "process", message: "no process with this id in the organization" },
    ]);
  }
  const process = changes.process === undefined ? current.process : changes.process;
  const isAutopilot = process === null ? false : (changes.isAutopilot ?? current.isAutopilot);
  if (isAutopilot && changes.isAutopilot && !current.isAutopilot && !hasModel) {
    throw new ApiError("conflict", "No model provider is set up: an admin can add one in Settings → AI");
  }
  if (changes.isAutopilot === true && process === null) {
    throw new ApiError("bad_request", "isAutopilot: choose a process for the autopilot to follow", [
      { path: "process", message: "choose a process for the autopilot to follow" },
    ]);
  }
  if (isAutopilot === current.isAutopilot && process === current.process) return null;
  return { isAutopilot, process };
}

/** 400 naming each assignee who is not in the organization, or who is deactivated and not on the
 *  conversation already (keeping them is allowed: a client sends the whole list back). */
function assertAssignable(
  userIds: string[],
  current: string[],
  unknownInOrganization: ReadonlySet<string>,
  deactivated: ReadonlySet<string>,
) {
  const problems = userIds.flatMap((id, index) => {
    if (unknownInOrganization.has(id))
      return [{ id, path: `assignees.${index}`, message: `no user ${id} in this organization` }];
    if (deactivated.has(id) && !current.includes(id))
      return [{ id, path: `assignees.${index}`, message: `user ${id} is deactivated` }];
    return [];
  });
  if (problems.length === 0) return;
  throw new ApiError(
    "bad_request",
    `assignees: ${problems.map((problem) => problem.message).join("; ")}`,
    problems.map(({ path, message }) => ({ path, message })),
  );
}
