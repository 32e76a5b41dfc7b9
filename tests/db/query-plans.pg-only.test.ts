import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { benchTokens, generateDataset, idOf, scaledSize } from "@/bench/dataset";
import type { Viewer } from "@/lib/auth/viewer";
import { migrate } from "@/lib/db/migrate";
import { hashToken } from "@/lib/domain/api-token";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { encodeCursor } from "@/lib/http/cursor";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The performance gate of npm test: on a mid-size dataset (the benchmark's generator at 10%),
// every statement the hot paths send is EXPLAINed, and a sequential scan of the conversation or
// message tables fails the test. Timings are measured by `npm run bench`, never asserted here.

const HOT_TABLES = new Set(["Conversation", "Message"]);
let database: TestDatabase;
let prisma: PrismaClient;
let client: pg.Client;
const statements = new Map<string, { query: string; params: unknown[]; label: string }>();
let label = "";

beforeAll(async () => {
  database = await createTestDatabase();
  await migrate(database.url);
  await generateDataset(database.url, scaledSize(0.1));
  prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString: database.url, max: 4 }),
    log: [{ emit: "event", level: "query" }],
  });
  // The client's type does not know the log option was given; the event is Prisma's QueryEvent.
  const on = prisma.$on.bind(prisma) as unknown as (
    event: "query",
    listener: (e: { query: string; params: string }) => void,
  ) => void;
  on("query", (event) => {
    if (/^(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET|DEALLOCATE)/i.test(event.query.trim())) return;
    statements.set(event.query, { query: event.query, params: JSON.parse(event.params), label });
  });
  // The app's modules use this client (lib/db reuses globalThis.prisma).
  (globalThis as unknown as { prisma: PrismaClient }).prisma = prisma;
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await client.query(`UPDATE "Organization" SET "inboundSecretHash" = $1`, [hashToken("plan-secret")]);
}, 120_000);

afterAll(async () => {
  await client?.end();
  await prisma?.$disconnect();
  await database?.drop();
});

const organizationId = `${(0x66000000).toString(16)}f${"1".padStart(15, "0")}`;
const manager: Viewer = { userId: idOf.user(2), organizationId, role: "MANAGER", via: "token" };
const agent: Viewer = { userId: idOf.user(6), organizationId, role: "AGENT", via: "token" };

async function exercise(name: string, fn: () => Promise<unknown>) {
  label = name;
  await fn();
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
    const { listInbox, countInbox } = await import("@/lib/services/inbox");
    const { getConversation, listContactConversations } = await import("@/lib/services/conversations");
    const { listMessages } = await import("@/lib/services/messages");
    const { updateConversation } = await import("@/lib/services/update-conversation");
    const { markConversationSeen, markConversationUnseen } = await import("@/lib/services/seen-state");
    const { sendReply } = await import("@/lib/services/send-reply");
    const { receiveInboundMessage } = await import("@/lib/services/receive-inbound");
    const { bulkUpdateConversations } = await import("@/lib/services/bulk-update");
    const { deleteConversation } = await import("@/lib/services/delete-conversation");
    const { viewerForToken } = await import("@/lib/services/api-tokens");

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
      await exercise(`${who} inbox counts`, () => countInbox({ viewer, filters: base }));
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
    const page = await listMessages({ viewer: manager, conversationId: idOf.conversation(1), limit: 50 });
    await exercise("messages paged", () =>
      listMessages({
        viewer: manager,
        conversationId: idOf.conversation(1),
        limit: 50,
        before: page.nextCursor ?? undefined,
      }),
    );
    await exercise("messages unpaged", () => listMessages({ viewer: manager, conversationId: idOf.conversation(2) }));
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
      receiveInboundMessage(organizationId, { channelType: "sms", from: "+15550000009", body: "hi", attachments: [] }),
    );
    await exercise("bulk", () =>
      bulkUpdateConversations({
        viewer: manager,
        conversationIds: [idOf.conversation(9), idOf.conversation(10)],
        action: "resolve",
      }),
    );
    await exercise("delete", () => deleteConversation({ viewer: manager, conversationId: idOf.conversation(11) }));

    expect(statements.size).toBeGreaterThan(30);
    const offenders: string[] = [];
    for (const statement of statements.values()) {
      const { rows } = await client.query(`EXPLAIN (FORMAT JSON) ${statement.query}`, statement.params);
      const scans = seqScans(rows[0]["QUERY PLAN"][0].Plan);
      if (scans.length) {
        const text = await client.query(`EXPLAIN ${statement.query}`, statement.params);
        const plan = text.rows.map((r) => r["QUERY PLAN"]).join("\n");
        offenders.push(`${statement.label}: Seq Scan on ${scans.join(", ")}\n${statement.query}\n${plan}`);
      }
    }
    if (offenders.length) console.error(offenders.join("\n\n"));
    expect(offenders).toEqual([]);
  }, 120_000);
});
