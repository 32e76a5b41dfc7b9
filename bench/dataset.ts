import pg from "pg";
import { hashToken } from "@/lib/auth/api-token";

// A production-size organization, generated with bulk SQL (INSERT … SELECT generate_series), not
// row by row. Ids are computed from row numbers, so rows can point at each other without lookups:
// 8 hex of seconds, a type letter, then the row number (ObjectId format, as API.md requires).

export type DatasetSize = {
  users: number;
  contacts: number;
  conversations: number;
  messages: number;
  /** Message counts of the few very long threads (conversations 1, 2, …). */
  bigThreads: number[];
  /** Conversations of the one contact that has many (contact 1). */
  contactWithMany: number;
};

export const defaultSize: DatasetSize = {
  users: 50,
  contacts: 100_000,
  conversations: 200_000,
  messages: 2_000_000,
  bigThreads: [50_000, 10_000, 10_000],
  contactWithMany: 50,
};

export function scaledSize(scale: number): DatasetSize {
  const n = (x: number, min: number) => Math.max(min, Math.round(x * scale));
  return {
    users: 50,
    contacts: n(defaultSize.contacts, 100),
    conversations: n(defaultSize.conversations, 200),
    messages: n(defaultSize.messages, 2_000),
    bigThreads: defaultSize.bigThreads.map((m) => n(m, 100)),
    contactWithMany: defaultSize.contactWithMany,
  };
}

/** Fixed tokens, so the benchmark can call the API as an agent and as a manager. */
export const benchTokens = {
  agent: "tk_bench-agent-0000000000000000000000000000000",
  manager: "tk_bench-manager-00000000000000000000000000000",
};

const hex = (letter: string, expression: string) =>
  `(lpad(to_hex(${BASE_SECONDS}), 8, '0') || '${letter}' || lpad(to_hex(${expression}), 15, '0'))`;
const BASE_SECONDS = 0x66000000;
export const ids = {
  organization: hex("f", "1").replaceAll("'", "''"),
};
export const idOf = {
  connection: idLiteral("e", 1),
  user: (i: number) => idLiteral("a", i),
  label: (i: number) => idLiteral("b", i),
  contact: (i: number) => idLiteral("c", i),
  conversation: (i: number) => idLiteral("d", i),
};
function idLiteral(letter: string, i: number) {
  return BASE_SECONDS.toString(16).padStart(8, "0") + letter + i.toString(16).padStart(15, "0");
}

/** Conversation i is snoozed: 3%, all open (i % 10 is 3, 6 or 9). */
const SNOOZED = "(i % 100 IN (33, 66, 99))";

/** Fills an empty, migrated database. Returns how long each step took, in seconds. */
export async function generateDataset(
  connectionString: string,
  size: DatasetSize,
  log: (line: string) => void = () => {},
) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  const timings: Record<string, number> = {};
  const step = async (name: string, sql: string, values: unknown[] = []) => {
    const started = performance.now();
    await client.query(sql, values);
    timings[name] = (performance.now() - started) / 1000;
    log(`${name}: ${timings[name].toFixed(1)} s`);
  };
  const C = size.conversations;
  const big = size.bigThreads;
  const rest = Math.max(C - big.length, size.messages - big.reduce((a, b) => a + b, 0));
  const perThread = Math.floor(rest / (C - big.length));
  const remainder = rest - perThread * (C - big.length);
  // Messages in conversation i: the big threads first, then an even share (the remainder spread).
  const countOf = `(CASE ${big.map((m, k) => `WHEN i = ${k + 1} THEN ${m}`).join(" ")} WHEN i <= ${big.length + remainder} THEN ${perThread + 1} ELSE ${perThread} END)`;
  const agents = size.users - 5; // users 1: admin, 2-5: managers, 6..: agents
  const agentOf = (expression: string) => `(6 + ((${expression}) % ${agents}))`;

  try {
    // The load writes consistent rows itself (the trigger-kept copies included), so foreign-key
    // checks and triggers are off for its duration: this is what makes it minutes, not hours.
    await client.query("SET session_replication_role = replica");
    await client.query("BEGIN");
    await step(
      "organization and users",
      `INSERT INTO "Organization" (id, name) VALUES (${hex("f", "1")}, 'Bench Org');
       INSERT INTO "User" (id, "organizationId", email, "fullName", role, "passwordHash")
       SELECT ${hex("a", "u")}, ${hex("f", "1")}, 'user' || u || '@bench.test', 'Bench User ' || u,
              (CASE WHEN u = 1 THEN 'ADMIN' WHEN u <= 5 THEN 'MANAGER' ELSE 'AGENT' END)::"Role", 'unused'
       FROM generate_series(1, ${size.users}) u;`,
    );
    await client.query(
      `INSERT INTO "ApiToken" ("userId", name, "tokenHash", prefix) VALUES ($1, 'bench', $2, 'tk_bench'), ($3, 'bench', $4, 'tk_bench')`,
      [idOf.user(6), hashToken(benchTokens.agent), idOf.user(2), hashToken(benchTokens.manager)],
    );
    await step(
      "contacts",
      `INSERT INTO "Contact" (id, "organizationId", "fullName", phone, email, "facebookId")
       SELECT ${hex("c", "k")}, ${hex("f", "1")}, 'Contact ' || k, '+1555' || lpad(k::text, 7, '0'),
              'contact' || k || '@example.net', 'fb-' || k
       FROM generate_series(1, ${size.contacts}) k`,
    );
    // Conversation i: newest first by i; contact 1 has the first `contactWithMany`; channels
    // rotate; 30% resolved; 3% snoozed (open ones, for up to a week, a third until a reply); a
    // quarter waiting for an answer since their newest message; 90% answered 1 to 240 minutes after
    // the contact's first message (for reports); 20% unassigned, 60% one assignee, 20% two.
    await step(
      "conversations",
      `INSERT INTO "Conversation" (id, "organizationId", "contactId", "userId", "channelType", "channelIdentifier",
         "latestMessageId", "lastMessageTime", "lastIncomingAt", "isResolved", "resolvedAt", "messageCount",
         "assigneeCount", source, "isSnoozed", "snoozedUntil", "waitingSince", "firstIncomingAt", "firstResponseAt",
         "createdAt", "updatedAt")
       SELECT ${hex("d", "i")}, ${hex("f", "1")},
              ${hex("c", `CASE WHEN i <= ${size.contactWithMany} THEN 1 ELSE 2 + (i % ${size.contacts - 1}) END`)},
              ${hex("a", agentOf("i"))},
              (ARRAY['sms','facebook','webchat','email'])[1 + i % 4]::"ChannelType",
              '+1555' || lpad(i::text, 7, '0'),
              lpad(to_hex(${BASE_SECONDS}), 8, '0') || 'e' || lpad(to_hex(i), 7, '0') || lpad(to_hex(${countOf}), 8, '0'),
              t.last, CASE WHEN i % 2 = 0 THEN t.last END,
              i % 10 < 3, CASE WHEN i % 10 < 3 THEN t.last END, ${countOf},
              CASE WHEN i % 5 = 0 THEN 0 WHEN i % 5 = 4 THEN 2 ELSE 1 END,
              'Inbound Message', ${SNOOZED}, CASE WHEN ${SNOOZED} AND i % 3 > 0 THEN now() + make_interval(hours => 1 + i % 168) END,
              CASE WHEN i % 4 = 0 THEN t.last END,
              t.last - interval '1 day',
              CASE WHEN i % 10 < 9 THEN t.last - interval '1 day' + make_interval(mins => 1 + (i * 37) % 240) END,
              t.last - interval '1 day', t.last
       FROM generate_series(1, ${C}) i,
            LATERAL (SELECT now() - make_interval(secs => i * 7) AS last) t`,
    );
    await step(
      "assignees",
      `INSERT INTO "ConversationAssignee" ("conversationId", "userId", "isResolved", "lastMessageTime", "isSnoozed", "waitingSince")
       SELECT c.id, ${hex("a", agentOf("i * 7 + n"))}, c."isResolved", c."lastMessageTime", c."isSnoozed", c."waitingSince"
       FROM generate_series(1, ${C}) i
       JOIN "Conversation" c ON c.id = ${hex("d", "i")}
       CROSS JOIN LATERAL generate_series(1, CASE WHEN i % 5 = 0 THEN 0 WHEN i % 5 = 4 THEN 2 ELSE 1 END) n`,
    );
    // Ten labels; label 1 ("VIP") on every 7th conversation (14%), label k (2..10) on every 50th
    // shifted by k (2% each), so a label filter reads a small or a large share of the table.
    await step(
      "labels",
      `INSERT INTO "Label" (id, "organizationId", name, color)
       SELECT ${hex("b", "n")}, ${hex("f", "1")}, CASE WHEN n = 1 THEN 'VIP' ELSE 'Label ' || n END,
              (ARRAY['slate','red','amber','green','teal','blue','violet','pink'])[1 + n % 8]
       FROM generate_series(1, 10) n;
       INSERT INTO "ConversationLabel" ("conversationId", "labelId", "isResolved", "lastMessageTime", "isSnoozed")
       SELECT c.id, ${hex("b", "l")}, c."isResolved", c."lastMessageTime", c."isSnoozed"
       FROM generate_series(1, ${C}) i
       JOIN "Conversation" c ON c.id = ${hex("d", "i")}
       CROSS JOIN LATERAL (SELECT 1 AS l WHERE i % 7 = 0 UNION ALL SELECT 2 + i % 50 WHERE i % 50 < 9) labels`,
    );
    // Bodies for the search: "lorem" in every one, a conversation's own order number ("order12345")
    // in each of its messages, one of twenty common words in each (5% of messages apiece), and
    // "warranty" in one message of a thousand.
    await step(
      "messages",
      `INSERT INTO "Message" (id, "conversationId", "contactId", "userId", "isIncoming", body, "channelType",
         "channelIdentifier", status, "senderType", "stampType", "automationName", "fieldsExtracted", actions, "createdAt")
       SELECT lpad(to_hex(${BASE_SECONDS}), 8, '0') || 'e' || lpad(to_hex(c.i), 7, '0') || lpad(to_hex(j), 8, '0'),
              c.id, c."contactId", CASE WHEN j % 2 = 0 THEN c."userId" END, j % 2 = 1,
              CASE WHEN j % 10 = 0 THEN '' ELSE 'Message ' || j || ' of conversation ' || c.i || ': lorem ipsum dolor sit amet, order'
                || c.i || ' ' || CASE WHEN (c.i * 31 + j) % 1000 = 7 THEN 'warranty'
                ELSE (ARRAY['refund','delivery','invoice','appointment','price','discount','schedule','payment','shipping',
                  'return','quote','booking','cancel','upgrade','support','account','address','receipt','coupon','trial'])[1 + (c.i * 31 + j) % 20] END END,
              c."channelType", c."channelIdentifier",
              (CASE WHEN j % 2 = 1 THEN 'received' ELSE 'delivered' END)::"MessageStatus",
              (CASE WHEN j % 10 = 0 THEN 'SYSTEM' WHEN j % 2 = 1 THEN 'CONTACT' WHEN j % 6 = 0 THEN 'AI' ELSE 'USER' END)::"SenderType",
              CASE WHEN j % 10 = 0 THEN 'automation' END, CASE WHEN j % 10 = 0 THEN 'Lead follow-up' END,
              CASE WHEN j % 10 = 0 THEN ARRAY['firstName'] ELSE '{}' END,
              CASE WHEN j % 10 = 0 THEN ARRAY['create_lead'] ELSE '{}' END,
              c."lastMessageTime" - make_interval(secs => (c."messageCount" - j) * 60)
       FROM (SELECT i, ${hex("d", "i")} AS cid FROM generate_series(1, ${C}) i) ids
       JOIN LATERAL (SELECT ids.i, x.* FROM "Conversation" x WHERE x.id = ids.cid) c ON true
       CROSS JOIN LATERAL generate_series(1, c."messageCount") j`,
    );
    await client.query("COMMIT");
    await client.query("SET session_replication_role = DEFAULT");
    const started = performance.now();
    await client.query("VACUUM ANALYZE");
    timings.vacuum = (performance.now() - started) / 1000;
    log(`vacuum analyze: ${timings.vacuum.toFixed(1)} s`);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  return timings;
}
