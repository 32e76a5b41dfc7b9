import "server-only";
import { pool } from "@/lib/db/client";
import { escapeLike, query, queryPlannedEach } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { InboxMatchJson } from "@/lib/inbox/json";

// The inbox's search: a conversation matches when its contact's name, phone or email holds the text
// (trigram indexes on Contact), or when one of its messages holds the words (a tsvector PostgreSQL
// keeps for each message, migration message_search). Each is a separate alternative, so that each
// is planned on its own (lib/inbox/list.ts pages each and merges them): a contact's few
// conversations read by contact, a message's words read from the GIN index when they are rare, or
// the inbox walked in order and each conversation's messages tested when they are common.
//
// Words are the 'simple' configuration's: lower-cased and whole, in any language. The text is read
// as a web search box reads it (websearch_to_tsquery): words all present, "a phrase" in order, `or`,
// `-word` absent, all within one message. It never fails to parse, whatever is typed; quotes and
// backslashes are only text.

/** The words of `q` as a tsquery (empty when it holds no word: then no message matches). */
const wordsOf = (q: string) => Prisma.sql`websearch_to_tsquery('simple', ${q})`;

/** Whether `q` has any word for the message text to match (punctuation alone has none). */
const hasWords = (q: string) => /[\p{L}\p{N}]/u.test(q);

/** Up to this share of all messages holding the words (as PostgreSQL estimates them), a search
 *  reads them all from the GIN index and then their conversations by id; past it, it walks the view
 *  in order and tests each conversation's own messages, which finds a page of a common word long
 *  before it would have read all its hits. A word PostgreSQL has no statistics for (not among the
 *  commonest) is estimated at a floor below this share, so it is read from the index: a rare word
 *  walked for would read the whole view. */
const FEW_HITS_SHARE = 0.002;

/**
 * The share of messages PostgreSQL expects to hold the words: its own estimate (the statistics
 * ANALYZE keeps of the commonest words), read from the plan of a count it does not run, over its
 * estimate of the messages. Left to choose by itself in one statement, the planner read the whole
 * organization's conversations to join a few thousand hits (1.4 s at 200,000 conversations, where
 * looking each up took 0.14 s), or walked all 2,000,000 for a word in one conversation.
 */
export async function estimatedShare(q: string): Promise<number> {
  if (!hasWords(q)) return 0;
  const [[plan], messages] = await Promise.all([
    queryPlannedEach<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }>(
      Prisma.sql`EXPLAIN (FORMAT JSON) SELECT 1 FROM "Message" m WHERE m."searchVector" @@ ${wordsOf(q)}`,
    ),
    messageCount(),
  ]);
  const hits = plan?.["QUERY PLAN"][0].Plan["Plan Rows"] ?? 0;
  return hits / Math.max(1, messages);
}

/** PostgreSQL's estimate of the messages stored (what ANALYZE last counted), per database (pool),
 *  read again after a minute: it changes slowly, and a search should not wait on it. */
const messageCounts = new WeakMap<object, { count: number; at: number }>();
async function messageCount(): Promise<number> {
  const database = pool();
  const known = messageCounts.get(database);
  if (known && Date.now() - known.at < 60_000) return known.count;
  const [row] = await query<{ rows: number }>(
    Prisma.sql`SELECT reltuples::float8 AS rows FROM pg_class WHERE oid = '"Message"'::regclass`,
  );
  messageCounts.set(database, { count: row?.rows ?? 0, at: Date.now() });
  return row?.rows ?? 0;
}

/** A search's conditions on the conversation `c`, any one of which makes it a match, and the
 *  common table they read (`search`): the matching contacts, and (for rare words) the conversations
 *  whose messages hold the words, each found once per statement however many views and sources it
 *  pages (an agent's All view pages two; the counts three views). */
export type Search = { table: Prisma.Sql; alternatives: Prisma.Sql[] };

export function searchSql(organizationId: string, q: string, share: number): Search {
  const pattern = `%${escapeLike(q)}%`;
  // A phone number as people write it, "(555) 123-0001" or "555.123.0001", finds the one stored as
  // +15551230001: its digits are what is matched.
  const digits = q.replace(/\D/g, "");
  const phone = /^\+?[\d\s().-]+$/.test(q) && digits.length >= 4 ? `%${digits}%` : pattern;
  // The matching contacts read first (trigram indexes), then their conversations by contact: a name
  // matches few contacts, and each has few conversations. (As a set joined to the conversations,
  // the planner may instead read every conversation of the organization.)
  const contacts = Prisma.sql`ARRAY(SELECT ct.id FROM "Contact" ct WHERE ct."organizationId" = ${organizationId}
      AND (ct."fullName" ILIKE ${pattern} OR ct.phone ILIKE ${phone} OR ct.email ILIKE ${pattern}))`;
  const byContact = Prisma.sql`c."contactId" = ANY ((SELECT contacts FROM search)::bpchar[])`;
  if (!hasWords(q)) return { table: Prisma.sql`search AS (SELECT ${contacts} AS contacts)`, alternatives: [byContact] };
  if (share <= FEW_HITS_SHARE) {
    return {
      table: Prisma.sql`search AS (SELECT ${contacts} AS contacts, ARRAY(SELECT DISTINCT m."conversationId"
        FROM "Message" m WHERE m."searchVector" @@ ${wordsOf(q)}) AS conversations)`,
      alternatives: [byContact, Prisma.sql`c.id = ANY ((SELECT conversations FROM search)::bpchar[])`],
    };
  }
  // Tested on each conversation of the walk, by its own messages (its index, newest first): as a
  // scalar subquery it stays that, where an EXISTS became a join or a hash of every hit (1.4 s for
  // a word in 5% of messages at full size, against 10 ms); IS TRUE keeps the words' index out of
  // it, which would read the word's whole list for each conversation.
  const byMessage = Prisma.sql`(SELECT true FROM "Message" m
      WHERE m."conversationId" = c.id AND (m."searchVector" @@ ${wordsOf(q)}) IS TRUE LIMIT 1)`;
  return { table: Prisma.sql`search AS (SELECT ${contacts} AS contacts)`, alternatives: [byContact, byMessage] };
}

// The snippet's marks: private-use characters, taken out of the text first so that a message cannot
// fake one.
const START = "\uE000";
const STOP = "\uE001";
const marks = `StartSel="${START}", StopSel="${STOP}"`;
const MARK = new RegExp(`([${START}${STOP}])`);
/** Up to this many characters a message is its own snippet, whole; a longer one is cut to the
 *  words around the match (which drops what ends it, a question mark say). */
const WHOLE_SNIPPET = 160;

/** How many of a conversation's newest messages the snippet looks through first. */
const RECENT = 200;

/** The conversation `c`'s newest message that holds the words, and the words in their context:
 *  a LATERAL subquery (aliased `hit` by the caller) of id, createdAt and the marked snippet. Its
 *  newest messages are read first, a few rows by the conversation's index; only a match older than
 *  them is looked up by the words' index (which, for a common word, reads a long list each time). */
export function matchSql(q: string): Prisma.Sql | undefined {
  if (!hasWords(q)) return undefined;
  const snippet = Prisma.sql`ts_headline('simple', translate(m.body, ${START + STOP}, ''), ${wordsOf(q)},
        CASE WHEN length(m.body) <= ${WHOLE_SNIPPET} THEN ${`${marks}, HighlightAll=true`}
        ELSE ${`${marks}, MaxWords=24, MinWords=10, ShortWord=0, MaxFragments=1`} END)`;
  return Prisma.sql`
    (SELECT m.id, m."createdAt", ${snippet} AS snippet
     FROM (SELECT r.id, r."createdAt", r.body, r."searchVector" FROM "Message" r WHERE r."conversationId" = c.id
           ORDER BY r."createdAt" DESC, r.id DESC LIMIT ${RECENT}) m
     WHERE m."searchVector" @@ ${wordsOf(q)} ORDER BY m."createdAt" DESC, m.id DESC LIMIT 1)
    UNION ALL
    (SELECT m.id, m."createdAt", ${snippet}
     FROM "Message" m WHERE m."conversationId" = c.id AND m."searchVector" @@ ${wordsOf(q)}
     ORDER BY m."createdAt" DESC, m.id DESC LIMIT 1)
    LIMIT 1`;
}

/** A marked snippet as text and the [start, end) of each highlighted run (UTF-16 offsets, as
 *  JavaScript indexes strings). */
export function highlighted(marked: string): Pick<InboxMatchJson, "snippet" | "highlights"> {
  let snippet = "";
  const highlights: [number, number][] = [];
  let start = -1;
  for (const part of marked.split(MARK)) {
    if (part === START) start = snippet.length;
    else if (part === STOP) {
      if (start >= 0 && snippet.length > start) highlights.push([start, snippet.length]);
      start = -1;
    } else snippet += part;
  }
  return { snippet, highlights };
}

/** The row's JSON text with its `match` key last (only rows found by their messages have one). */
export function withMatch(json: string, hit: { id: string; createdAt: string; snippet: string }): string {
  const match: InboxMatchJson = { messageId: hit.id, createdAt: hit.createdAt, ...highlighted(hit.snippet) };
  return `${json.slice(0, -1)},"match":${JSON.stringify(match)}}`;
}
