import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { benchTokens, generateDataset, idOf, scaledSize } from "@/bench/dataset";
import { hashToken } from "@/lib/auth/api-token";
import type { Viewer } from "@/lib/auth/viewer";
import { migrate } from "@/lib/db/migrate";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { encodeCursor } from "@/lib/http/cursor";
import { readMessages } from "../support/messages";

// The performance gate of npm test: on a mid-size dataset (the benchmark's generator at 10%),
// every statement the hot paths send is EXPLAINed, and a sequential scan of the conversation or
// message tables fails the test. Timings are measured by `npm run bench`, never asserted here.

const HOT_TABLES = new Set(["Conversation", "Message"]);
let database: TestDatabase;
let prisma: PrismaClient;
let client: pg.Client;
const statements = new Map<string, { query: string; params: unknown[]; label: string; prepared: boolean }>();
let label = "";

/** A connection that records each statement it runs (but transaction control, and the search's own
 *  EXPLAIN of its words) for EXPLAIN. */
class RecordingClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    // pool.end() resolves before its connections' sockets have closed, and the test database is
    // dropped WITH (FORCE) right after: a connection still closing then gets its FATAL here, not
    // as an unhandled error. (A query's own failure still reaches its caller.)
    this.on("error", () => undefined);
  }

  // biome-ignore lint/suspicious/noExplicitAny: pg's query() has many overloads; this only listens
  override query(...args: any[]): any {
    const [first, second] = args;
    const text: unknown = typeof first === "string" ? first : first?.text;
    const params: unknown[] = (typeof first === "string" ? second : first?.values) ?? [];
    if (
      typeof text === "string" &&
      !/^(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET|DEALLOCATE|EXPLAIN)/i.test(text.trim())
    ) {
      // Unnamed statements (lib/db/sql.ts queryPlannedEach) are planned for their values every time.
      const prepared = typeof first === "object" && Boolean(first?.name);
      // Their plans differ with their values: each exercise's are kept, not only the last.
      statements.set(prepared ? text : `${label}\n${text}`, { query: text, params, label, prepared });
    }
    return super.query(...(args as Parameters<pg.Client["query"]>));
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  await migrate(database.url);
  await generateDataset(database.url, scaledSize(0.1));
  // Every statement the app sends, through Prisma or as hand-written SQL, goes through one pool:
  // this one, whose connections record what they are asked (lib/db reuses globalThis.pool/prisma).
  const pool = new pg.Pool({ connectionString: database.url, max: 4, Client: RecordingClient });
  // An idle connection's error reaches its pool too (the same FATAL, when the database is dropped).
  pool.on("error", () => undefined);
  prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  Object.assign(globalThis, { pool, prisma });
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await client.query(`UPDATE "Organization" SET "inboundSecretHash" = $1`, [hashToken("plan-secret")]);
}, 120_000);

afterAll(async () => {
  await client?.end();
  await prisma?.$disconnect();
  await (globalThis as unknown as { pool?: pg.Pool }).pool?.end();
  await database?.drop();
});

const organizationId = `${(0x66000000).toString(16)}f${"1".padStart(15, "0")}`;
const manager: Viewer = { userId: idOf.user(2), organizationId, role: "MANAGER", via: "token" };
const agent: Viewer = { userId: idOf.user(6), organizationId, role: "AGENT", via: "token" };

async function exercise<T>(name: string, fn: () => Promise<T>): Promise<T> {
  label = name;
  return fn();
}

async function offendersIn(execute: string, statement: { query: string; label: string }, plan: string) {
  const { rows } = await client.query(`EXPLAIN (FORMAT JSON) ${execute}`);
  const scans = seqScans(rows[0]["QUERY PLAN"][0].Plan);
  if (scans.length === 0) return [];
  const text = await client.query(`EXPLAIN ${execute}`);
  const lines = text.rows.map((r) => r["QUERY PLAN"]).join("\n");
  return [`${statement.label} (${plan}): Seq Scan on ${scans.join(", ")}\n${statement.query}\n${lines}`];
}

/** A parameter as an SQL literal (EXECUTE in EXPLAIN takes no bind parameters). */
function literal(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return client.escapeLiteral(value.toISOString());
  if (Array.isArray(value)) {
    return client.escapeLiteral(`{${value.map((v) => `"${String(v).replace(/(["\\])/g, "\\$1")}"`).join(",")}}`);
  }
  return client.escapeLiteral(typeof value === "string" ? value : JSON.stringify(value));
}

function seqScans(plan: Record<string, unknown>): string[] {
  const here =
    plan["Node Type"] === "Seq Scan" && HOT_TABLES.has(String(plan["Relation Name"]))
      ? [String(plan["Relation Name"])]
      : [];
  const children = (plan.Plans as Record<string, unknown>[] | undefined) ?? [];
  return [...here, ...children.flatMap(seqScans)];
}

describe("query plans of the hot paths", () => {
  it("never scan the conversation or message tables sequentially", async () => {
    const { listInbox } = await import("@/lib/inbox/list");
    const { countInbox } = await import("@/lib/inbox/count");
    const { getConversation, listContactConversations } = await import("@/lib/conversations/read");
    const { listMessagesPage, streamMessages } = await import("@/lib/messages/list");
    const { updateConversation } = await import("@/lib/conversations/update");
    const { markConversationSeen, markConversationUnseen } = await import("@/lib/conversations/seen");
    const { sendReply } = await import("@/lib/outbox/send-reply");
    const { receiveInboundMessage } = await import("@/lib/inbound/receive");
    const { bulkUpdateConversations } = await import("@/lib/conversations/bulk-update");
    const { deleteConversation } = await import("@/lib/conversations/delete");
    const { viewerForToken } = await import("@/lib/auth/token-viewer");

    const deep = await client.query(
      `SELECT id, "lastMessageTime" FROM "Conversation" WHERE NOT "isResolved" ORDER BY "lastMessageTime" DESC, id DESC OFFSET 10000 LIMIT 1`,
    );
    const cursor = encodeCursor({ time: deep.rows[0].lastMessageTime, id: deep.rows[0].id });
    const base = { status: "open" as const };
    for (const viewer of [manager, agent]) {
      const who = viewer.role.toLowerCase();
      for (const view of ["all", "mine", "unassigned"] as const) {
        await exercise(`${who} inbox ${view}`, () => listInbox({ viewer, filters: { ...base, view }, limit: 50 }));
        await exercise(`${who} inbox ${view} deep`, () =>
          listInbox({ viewer, filters: { ...base, view }, cursor, limit: 50 }),
        );
      }
      await exercise(`${who} inbox resolved`, () =>
        listInbox({ viewer, filters: { view: "all", status: "resolved" }, limit: 50 }),
      );
      await exercise(`${who} inbox filtered`, () =>
        listInbox({
          viewer,
          filters: { ...base, view: "all", channel: "sms", unseen: true, q: "Contact 12" },
          limit: 50,
        }),
      );
      await exercise(`${who} inbox stalled autopilot`, () =>
        listInbox({ viewer, filters: { ...base, view: "all", stalled: true }, limit: 50 }),
      );
      await exercise(`${who} inbox stalled counts`, () => countInbox({ viewer, filters: { ...base, stalled: true } }));
      await exercise(`${who} inbox counts`, () => countInbox({ viewer, filters: base }));
      // A live client re-reading the rows events named, in each view.
      const ids = [1, 2, 3, 45, 46].map((n) => idOf.conversation(n));
      for (const view of ["all", "mine", "unassigned"] as const) {
        await exercise(`${who} inbox ${view} rows by id`, () =>
          listInbox({ viewer, filters: { ...base, view }, ids, limit: ids.length }),
        );
      }
    }
    await exercise("manager queue of an agent", () =>
      listInbox({ viewer: manager, filters: { ...base, view: "all", assignee: agent.userId }, limit: 50 }),
    );
    await exercise("token", () => viewerForToken(benchTokens.manager));
    await exercise("by id", () => getConversation({ viewer: agent, conversationId: idOf.conversation(45) }));
    await exercise("by contact", () =>
      listContactConversations({ viewer: manager, contactId: idOf.contact(1), channelType: "sms" }),
    );
    await exercise("by contact as agent", () =>
      listContactConversations({ viewer: agent, contactId: idOf.contact(1), channelType: "sms" }),
    );
    const page = await listMessagesPage({ viewer: manager, conversationId: idOf.conversation(1), limit: 50 });
    await exercise("messages paged", () =>
      listMessagesPage({
        viewer: manager,
        conversationId: idOf.conversation(1),
        limit: 50,
        before: page.nextCursor ?? undefined,
      }),
    );
    // A 10,000-message thread: its first batch, then the keyset batches after it.
    await exercise("messages unpaged", async () =>
      readMessages(await streamMessages({ viewer: manager, conversationId: idOf.conversation(2) })),
    );
    await exercise("update", () =>
      updateConversation({
        viewer: manager,
        conversationId: idOf.conversation(7),
        changes: { assignees: [agent.userId], isResolved: true },
      }),
    );
    await exercise("seen", () => markConversationSeen({ viewer: agent, conversationId: idOf.conversation(7) }));
    await exercise("unseen", () => markConversationUnseen({ viewer: agent, conversationId: idOf.conversation(7) }));
    await exercise("reply", () => sendReply({ viewer: manager, conversationId: idOf.conversation(8), body: "plan" }));
    await exercise("inbound", () =>
      receiveInboundMessage({
        organizationId,
        inbound: { channelType: "sms", from: "+15550000009", body: "hi", attachments: [] },
      }),
    );
    // Email: a mailbox's mail with people copied, a copied person's answer by subject and by the
    // thread's reference (threading, participants, HTML kept), its HTML frame, and a new draft.
    const { importMail } = await import("@/lib/channels/email/receive");
    const { emailHtmlResponse } = await import("@/lib/channels/email/frame");
    const { startEmailConversation } = await import("@/lib/conversations/start");
    const { threadToken } = await import("@/lib/channels/email/threading");
    const mailbox = (
      await client.query(
        `INSERT INTO "ChannelConnection" ("organizationId", provider, "channelType", name, settings, "sealedSecrets", "webhookKey")
         VALUES ($1, 'imap', 'email', 'Plan mailbox', '{"address":"plan@shop.test"}', '', 'plan-mail') RETURNING id`,
        [organizationId],
      )
    ).rows[0].id as string;
    const box = { id: mailbox, organizationId, settings: { address: "plan@shop.test" } as never };
    const raw = (from: string, subject: string, id: string, extra = "") =>
      Buffer.from(
        `From: ${from}\r\nTo: plan@shop.test\r\nSubject: ${subject}\r\nMessage-ID: <${id}@client.test>\r\n${extra}Content-Type: text/html\r\n\r\n<p>Hello <img src="https://t.test/p.gif"></p>\r\n`,
      );
    await exercise("email: new thread", () =>
      importMail(box, raw("ana@client.test", "Plan order", "plan-1", "Cc: bo@client.test\r\n"), "plan-1"),
    );
    await exercise("email: by subject, from a participant", () =>
      importMail(box, raw("bo@client.test", "Re: Plan order", "plan-2"), "plan-2"),
    );
    const mailed = (
      await client.query(`SELECT "conversationId", id FROM "Message" WHERE "connectionId" = $1`, [mailbox])
    ).rows[0];
    await exercise("email: by token", () =>
      importMail(box, raw("bo@client.test", `Plan [#${threadToken(mailed.conversationId)}]`, "plan-3"), "plan-3"),
    );
    await exercise("email: HTML frame", () => emailHtmlResponse(manager, mailed.id, false));
    const drafted = await client.query(
      `INSERT INTO "Contact" ("organizationId", "fullName", email) VALUES ($1, 'Plan', 'plan-contact@client.test') RETURNING id`,
      [organizationId],
    );
    await exercise("email: new draft", () =>
      startEmailConversation(manager, drafted.rows[0].id, { subject: "Plan draft", connectionId: mailbox }),
    );
    // An autopilot turn's read of its conversation (it stops there: the dataset has no model).
    const { runTurn } = await import("@/lib/ai/autopilot");
    await client.query(`UPDATE "Conversation" SET "isAutopilot" = true WHERE id = $1`, [idOf.conversation(12)]);
    await exercise("autopilot turn", () => runTurn({ conversationId: idOf.conversation(12), lastAttempt: false }));
    // Automations: 50 enabled rules (45 whose condition never holds), a contact's message handled as
    // each server's worker handles it, firing assignments (least busy, in turn), a templated reply
    // and the time-based rules' clocks; then a time-based rule come due, the run log, Try it.
    const { handlePendingEvents, runTimer } = await import("@/lib/automations/engine");
    const { listRuns, tryAutomation } = await import("@/lib/automations/rules");
    const rule = (name: string, event: string, delay: number | null, conditions: unknown[], actions: unknown[]) =>
      client.query(
        `INSERT INTO "Automation" ("organizationId", name, event, "delaySeconds", conditions, actions)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb) RETURNING id`,
        [organizationId, name, event, delay, JSON.stringify(conditions), JSON.stringify(actions)],
      );
    for (let n = 0; n < 45; n++) {
      await rule(
        `never ${n}`,
        "message.received",
        null,
        [{ field: "text", operator: "contains", value: "zz-never" }],
        [{ type: "resolve" }],
      );
    }
    await rule("least busy", "message.received", null, [], [{ type: "assign", mode: "least_busy", userIds: [] }]);
    await rule("in turn", "message.received", null, [], [{ type: "assign", mode: "round_robin", userIds: [] }]);
    await rule("reply", "message.received", null, [], [{ type: "reply", template: "Hi {{contact.firstName|there}}" }]);
    const waiting = await rule("waiting", "time.no_reply_from_us", 600, [], [{ type: "resolve" }]);
    await rule("idle", "time.no_reply_from_contact", 600, [], [{ type: "resolve" }]);
    await exercise("automations: inbound message", () =>
      receiveInboundMessage({
        organizationId,
        inbound: { channelType: "sms", from: "+15550000019", body: "hi", attachments: [] },
      }),
    );
    await exercise("automations: events handled", async () => {
      while ((await handlePendingEvents()) > 0) {}
    });
    const { rows: timers } = await client.query(
      `SELECT data FROM pgboss.job WHERE name = 'automation-timer' AND data->>'automationId' = $1`,
      [waiting.rows[0].id],
    );
    // This message's silence, and the earlier inbound exercise's.
    expect(timers.length).toBeGreaterThan(0);
    await exercise("automations: timer due", () => runTimer(timers[0].data, new Date(Date.now() + 601_000)));
    await exercise("automations: run log", () => listRuns(manager, waiting.rows[0].id));
    await exercise("automations: try", () =>
      tryAutomation(manager, idOf.conversation(45), {
        event: "message.received",
        match: "all",
        conditions: [{ field: "text", operator: "contains", value: "hi" }],
        actions: [{ type: "resolve" }],
      }),
    );
    // Outbound webhooks: an endpoint, the change events above dispatched to it, one delivered.
    const { dispatchPendingEvents } = await import("@/lib/webhooks/dispatch");
    const { deliver } = await import("@/lib/webhooks/deliver");
    const { createEndpoint, listDeliveries } = await import("@/lib/webhooks/endpoints");
    const admin: Viewer = { userId: idOf.user(1), organizationId, role: "ADMIN", via: "token" };
    const hook = await createEndpoint(admin, {
      url: "http://127.0.0.1:9/plan",
      description: "",
      events: [],
      enabled: true,
    });
    await exercise("webhooks: inbound message", () =>
      receiveInboundMessage({
        organizationId,
        inbound: { channelType: "sms", from: "+15550000029", body: "hook", attachments: [] },
      }),
    );
    await exercise("webhooks: dispatched", async () => {
      while ((await handlePendingEvents()) > 0) {}
      while ((await dispatchPendingEvents()) > 0) {}
    });
    const { rows: made } = await client.query(`SELECT id FROM "WebhookDelivery" WHERE "endpointId" = $1 LIMIT 1`, [
      hook.data._id,
    ]);
    // Port 9 on loopback: refused at once, a failed attempt recorded and the next one queued.
    await exercise("webhooks: an attempt", () => deliver(made[0].id));
    await exercise("webhooks: delivery log", () => listDeliveries(admin, hook.data._id));
    await exercise("bulk", () =>
      bulkUpdateConversations({
        viewer: manager,
        conversationIds: [idOf.conversation(9), idOf.conversation(10)],
        action: "resolve",
      }),
    );
    await exercise("delete", () => deleteConversation({ viewer: manager, conversationId: idOf.conversation(11) }));
    // Labels: the filter (driven by one label's index, any other a condition), its counts, putting
    // them on one conversation and on many.
    const gate = await prisma.label.create({ data: { organizationId, name: "Gate", color: "red" } });
    const other = await prisma.label.create({ data: { organizationId, name: "Gate 2", color: "blue" } });
    const { setConversationLabels, labelConversations } = await import("@/lib/conversations/labels");
    const { transaction } = await import("@/lib/db/sql");
    await exercise("label one", () => setConversationLabels(manager, idOf.conversation(14), [gate.id, other.id]));
    await exercise("label many", () =>
      transaction((tx) =>
        labelConversations(tx, manager, [idOf.conversation(15), idOf.conversation(16)], [gate.id], true),
      ),
    );
    for (const viewer of [manager, agent]) {
      const who = viewer.role.toLowerCase();
      await exercise(`${who} inbox by label`, () =>
        listInbox({ viewer, filters: { ...base, view: "all", labels: [gate.id] }, limit: 50 }),
      );
      await exercise(`${who} inbox by two labels`, () =>
        listInbox({ viewer, filters: { ...base, view: "unassigned", labels: [gate.id, other.id] }, limit: 50 }),
      );
      await exercise(`${who} inbox counts by label`, () =>
        countInbox({ viewer, filters: { ...base, labels: [gate.id] } }),
      );
    }
    // Snooze: many at once (their wake-ups sent with them), one woken by its job, one by a word
    // from its contact; the Snoozed views and their counts.
    const { snoozeUntil, wakeConversation } = await import("@/lib/conversations/snooze");
    const snoozed = [20, 21, 22, 45, 46].map((n) => idOf.conversation(n));
    await exercise("snooze many", () =>
      bulkUpdateConversations({
        viewer: manager,
        conversationIds: snoozed,
        action: "snooze",
        snooze: { preset: "tomorrow" },
      }),
    );
    await exercise("snooze time", () => snoozeUntil(organizationId, { until: "2099-01-01T09:00" }).catch(() => null));
    const { rows: wake } = await client.query(`SELECT "snoozedUntil" FROM "Conversation" WHERE id = $1`, [snoozed[0]]);
    await exercise("snooze wakes", () =>
      wakeConversation({ conversationId: snoozed[0] as string, until: wake[0].snoozedUntil.toISOString() }),
    );
    for (const viewer of [manager, agent]) {
      const who = viewer.role.toLowerCase();
      for (const view of ["all", "mine", "unassigned"] as const) {
        await exercise(`${who} inbox ${view} snoozed`, () =>
          listInbox({ viewer, filters: { view, status: "snoozed" }, limit: 50 }),
        );
      }
      await exercise(`${who} inbox snoozed counts`, () => countInbox({ viewer, filters: { status: "snoozed" } }));
      // Longest waiting first, in each view, a page deep, by label, and counted.
      for (const view of ["all", "mine", "unassigned"] as const) {
        await exercise(`${who} inbox ${view} waiting`, async () => {
          const first = await listInbox({ viewer, filters: { view, status: "open", sort: "waiting" }, limit: 50 });
          if (first.nextCursor) {
            await listInbox({
              viewer,
              filters: { view, status: "open", sort: "waiting" },
              cursor: first.nextCursor,
              limit: 50,
            });
          }
        });
      }
      await exercise(`${who} inbox waiting by label`, () =>
        listInbox({ viewer, filters: { view: "all", status: "open", sort: "waiting", labels: [gate.id] }, limit: 50 }),
      );
      await exercise(`${who} inbox waiting counts`, () =>
        countInbox({ viewer, filters: { status: "open", sort: "waiting" } }),
      );
      await exercise(`${who} inbox snoozed by label`, () =>
        listInbox({ viewer, filters: { view: "all", status: "snoozed", labels: [gate.id] }, limit: 50 }),
      );
    }

    // Search in message text: a word in one conversation, in a few, in every message; with a
    // contact's name; a page deep; in each view; counted.
    for (const viewer of [manager, agent]) {
      const who = viewer.role.toLowerCase();
      for (const [name, q] of [
        ["rare", "12345"],
        ["common", "lorem"],
        ["phrase", '"dolor sit" -nothing'],
        ["contact or message", "Contact 12"],
      ] as const) {
        for (const view of ["all", "mine", "unassigned"] as const) {
          await exercise(`${who} search ${name} ${view}`, async () => {
            const first = await listInbox({ viewer, filters: { ...base, view, q }, limit: 50 });
            if (first.nextCursor) {
              await listInbox({ viewer, filters: { ...base, view, q }, cursor: first.nextCursor, limit: 50 });
            }
          });
        }
        await exercise(`${who} search ${name} counts`, () => countInbox({ viewer, filters: { ...base, q } }));
      }
    }

    // Reports: a 30-day period by each grouping, and the conversations behind one, read whole.
    const { buildReport } = await import("@/lib/reports/report");
    const { reportConversations } = await import("@/lib/reports/conversations");
    const to = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.now() - 29 * 86_400_000).toISOString().slice(0, 10);
    for (const by of ["day", "channel", "agent", "label"] as const) {
      await exercise(`report by ${by}`, () => buildReport(manager, { from, to, by }, new AbortController().signal));
    }
    await exercise("report conversations", async () =>
      (await reportConversations(manager, { from, to, agent: agent.userId }, new AbortController().signal)).text(),
    );

    // An export reads the whole response body: its message batches are statements too.
    const { exportConversation } = await import("@/lib/exports/conversation");
    for (const format of ["json", "csv"] as const) {
      await exercise(`export ${format}`, async () =>
        (await exportConversation(manager, idOf.conversation(12), format)).text(),
      );
    }

    // The live events: whom each batch of events reaches, presence, drafts.
    const { query } = await import("@/lib/db/sql");
    const { conversationHoldersSql } = await import("@/lib/conversations/access");
    const { announcePresence } = await import("@/lib/events/presence");
    const { getDraft, saveDraft } = await import("@/lib/drafts/drafts");
    await exercise("live event holders", () =>
      query(conversationHoldersSql([idOf.conversation(12), idOf.conversation(13)])),
    );
    await exercise("presence", () => announcePresence(agent, idOf.conversation(45), "viewing"));
    await exercise("draft save", () => saveDraft(agent, idOf.conversation(45), "plan"));
    await exercise("draft", () => getDraft(agent, idOf.conversation(45)));
    await exercise("draft removed", () => saveDraft(agent, idOf.conversation(45), ""));

    // Notes and mentions: a participant (an agent a note mentions) reading, and their mentions.
    const { writeNote, deleteNote } = await import("@/lib/notes/notes");
    const { listMentions, readMentions } = await import("@/lib/notes/mentions");
    const participant: Viewer = { userId: idOf.user(7), organizationId, role: "AGENT", via: "token" };
    const noted = JSON.parse(
      await exercise("note", () =>
        writeNote({
          viewer: manager,
          conversationId: idOf.conversation(46),
          body: "plan",
          mentions: [participant.userId],
        }),
      ),
    ) as { _id: string };
    await exercise("participant reads", () =>
      getConversation({ viewer: participant, conversationId: idOf.conversation(46) }),
    );
    await exercise("participant messages", () =>
      listMessagesPage({ viewer: participant, conversationId: idOf.conversation(46), limit: 50 }),
    );
    await exercise("mentions", () => listMentions(participant, { limit: 30 }));
    await exercise("mentions read", () => readMentions(participant, idOf.conversation(46)));
    const { listActivity } = await import("@/lib/activity/activity");
    const { listAudit } = await import("@/lib/activity/audit");
    await exercise("activity", () => listActivity(participant, idOf.conversation(46), { limit: 100 }));
    await exercise("audit", () => listAudit(admin, { group: "conversations", limit: 50, format: "json" }));
    await exercise("note deleted", () =>
      deleteNote({ viewer: manager, conversationId: idOf.conversation(46), messageId: noted._id }),
    );

    expect(statements.size).toBeGreaterThan(30);
    const offenders: string[] = [];
    // Each statement's plan for its parameters, and the plan PostgreSQL settles on for it: the app
    // prepares its statements, and after five runs PostgreSQL may plan one once for good (a generic
    // plan) if that costs no more. The runs happen in a transaction that is rolled back.
    for (const statement of statements.values()) {
      await client.query("DEALLOCATE ALL");
      await client.query(`PREPARE gate AS ${statement.query}`);
      const execute = statement.params.length
        ? `EXECUTE gate(${statement.params.map(literal).join(", ")})`
        : "EXECUTE gate";
      await client.query("BEGIN");
      try {
        offenders.push(...(await offendersIn(execute, statement, "custom plan")));
        for (let run = 0; run < (statement.prepared ? 5 : 0); run++) {
          await client.query("SAVEPOINT run");
          // A write run again may collide with its own first run (a duplicate key): that is fine here.
          await client.query(execute).catch(() => client.query("ROLLBACK TO SAVEPOINT run"));
        }
        if (statement.prepared) offenders.push(...(await offendersIn(execute, statement, "plan after five runs")));
      } finally {
        await client.query("ROLLBACK");
      }
    }
    if (offenders.length) console.error(offenders.join("\n\n"));
    expect(offenders).toEqual([]);
  }, 120_000);
});
