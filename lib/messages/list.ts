import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { conversationNotFound, readableConversationSql } from "@/lib/conversations/access";
import { query } from "@/lib/db/sql";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";
import { inFlightLimit } from "@/lib/http/in-flight";
import { messageJson, messageJsonBytes } from "@/lib/messages/json";

/**
 * Batches while an answer streams: the first is small, so that the answer starts at once; then as
 * many rows as make about 256 KiB of JSON (judged by the batch before), so that a long thread of
 * short messages is not hundreds of statements and one of long messages holds little in memory.
 */
const FIRST_BATCH_ROWS = 200;
const BATCH_BYTES = 256 * 1024;
const batchRows = (lastRows: number, lastBytes: number) =>
  Math.min(5000, Math.max(50, Math.floor((BATCH_BYTES * lastRows) / Math.max(lastBytes, 1))));

/** Unpaged reads are the heavy ones: each viewer may have a few in flight (lib/http/in-flight.ts). */
const heavyReads = inFlightLimit("unpaged message reads", () => env().HEAVY_READS_PER_VIEWER);

export type MessagesPage = { messages: string[]; nextCursor: string | null };

export type MessagesStream = {
  /** JSON texts of messages, oldest first, joined by commas, a batch at a time. */
  batches: AsyncGenerator<string>;
  /** Absent when the answer holds the whole thread (the reference's shape). */
  nextCursor?: string;
  /** Ends the read: the caller calls it once the answer is sent, failed or abandoned. */
  done: () => void;
};

type Options = { viewer: Viewer; conversationId: string; before?: string };

// Both answers stop at about MESSAGES_MAX_BYTES, counted newest first over stored sizes (the first
// message always goes, however large, so that a client can always go on), and say where to go on
// with nextCursor: the id to pass as `before`.
const withinByteCap = (maxBytes: number) =>
  Prisma.sql`(row_number() OVER newest = 1 OR sum(${messageJsonBytes}) OVER newest <= ${maxBytes})`;
const newestFirst = Prisma.sql`WINDOW newest AS (ORDER BY m."createdAt" DESC, m.id DESC ROWS UNBOUNDED PRECEDING)
  ORDER BY m."createdAt" DESC, m.id DESC`;

/**
 * One page, built in memory (it is small): the newest `limit` messages older than `before`, oldest
 * first. One statement, with the access check, the cursor and the byte cap inside it; only an
 * empty answer costs a second, to tell an empty page from 404 or a foreign cursor.
 */
export async function listMessagesPage(options: Options & { limit: number }): Promise<MessagesPage> {
  const { conversationId, limit } = options;
  const rows = await query<{ id: string; json: string | null }>(Prisma.sql`
    SELECT m.id, CASE WHEN ${withinByteCap(env().MESSAGES_MAX_BYTES)} THEN ${messageJson} END AS json
    FROM ${fromMessages}
    WHERE m."conversationId" = ${conversationId} AND ${accessible(options)} ${olderThan(options)}
    ${newestFirst} LIMIT ${limit + 1}`);
  if (rows.length === 0) await explainEmpty(options);
  const kept = rows.slice(0, limit);
  const cut = kept.findIndex((row) => row.json === null);
  const page = cut === -1 ? kept : kept.slice(0, cut);
  return {
    messages: page.map((row) => row.json as string).reverse(),
    nextCursor: rows.length > page.length ? (page.at(-1)?.id ?? null) : null,
  };
}

/**
 * All of a thread (older than `before`, if given), oldest first, streamed: up to
 * MESSAGES_UNPAGED_MAX messages (the newest ones, past it). The first statement checks access and
 * the cursor, fixes the answer's range (newest first, over row counts and stored sizes, building no
 * JSON) and returns the first batch; the rest follows by keyset, each batch its own short
 * statement, so no connection is held while the client reads and memory does not grow with the
 * thread. Each viewer may have HEAVY_READS_PER_VIEWER of these in flight.
 */
export async function streamMessages(options: Options): Promise<MessagesStream> {
  const done = heavyReads.acquire(options.viewer.userId);
  try {
    const [head, ...rest] = await query<Head>(
      firstBatch(options, env().MESSAGES_UNPAGED_MAX, env().MESSAGES_MAX_BYTES),
    );
    if (!head) throw new Error("the first batch statement returned no head row");
    if (head.id === null) await explainEmpty(options);
    const rows = head.id === null ? [] : ([head, ...rest] as Batch[]);
    return {
      batches: batches(options.conversationId, rows, head),
      ...(head.more && head.firstId ? { nextCursor: head.firstId } : {}),
      done,
    };
  } catch (error) {
    done();
    throw error;
  }
}

const fromMessages = Prisma.sql`"Message" m LEFT JOIN "User" u ON u.id = m."userId"`;

const accessible = ({ viewer, conversationId }: Options) => Prisma.sql`EXISTS (
  SELECT 1 FROM "Conversation" c WHERE c.id = ${conversationId} AND ${readableConversationSql(viewer)})`;

const anchorTime = ({ conversationId, before }: Options) => Prisma.sql`(
  SELECT a."createdAt" FROM "Message" a WHERE a.id = ${before ?? null} AND a."conversationId" = ${conversationId})`;

const olderThan = (options: Options) =>
  options.before ? Prisma.sql`AND (m."createdAt", m.id) < (${anchorTime(options)}, ${options.before})` : Prisma.empty;

/** Why an answer is empty: 404 for a conversation the viewer cannot see, 400 for a foreign cursor. */
async function explainEmpty(options: Options): Promise<void> {
  const [why] = await query<{ accessible: boolean; anchored: boolean }>(
    Prisma.sql`SELECT ${accessible(options)} AS accessible, ${anchorTime(options)} IS NOT NULL AS anchored`,
  );
  if (!why?.accessible) throw conversationNotFound();
  if (options.before && !why.anchored)
    throw new ApiError("bad_request", "before: no such message in this conversation");
}

type Batch = { id: string; createdAt: Date; json: string };
type Range = { firstId: string | null; firstAt: Date | null; lastId: string | null; lastAt: Date | null };
type Head = Range & { more: boolean } & {
  [K in keyof Batch]: Batch[K] | null;
};

const columns = Prisma.sql`m.id, m."createdAt", ${messageJson} AS json`;

function firstBatch(options: Options, count: number, maxBytes: number): Prisma.Sql {
  // ranked: up to count + 1 rows, newest first, each marked whether it is in the answer (a prefix).
  return Prisma.sql`
    WITH ranked AS (
      SELECT m.id, m."createdAt", row_number() OVER newest <= ${count} AND ${withinByteCap(maxBytes)} AS kept
      FROM "Message" m
      WHERE m."conversationId" = ${options.conversationId} AND ${accessible(options)} ${olderThan(options)}
      ${newestFirst}
      LIMIT ${count + 1}
    ),
    head AS (
      SELECT oldest.id AS "firstId", oldest."createdAt" AS "firstAt", latest.id AS "lastId",
        latest."createdAt" AS "lastAt", EXISTS (SELECT 1 FROM ranked WHERE NOT kept) AS more
      FROM (SELECT 1) one
      LEFT JOIN LATERAL (SELECT id, "createdAt" FROM ranked WHERE kept ORDER BY "createdAt", id LIMIT 1) oldest ON true
      LEFT JOIN LATERAL (SELECT id, "createdAt" FROM ranked WHERE kept ORDER BY "createdAt" DESC, id DESC LIMIT 1) latest ON true
    )
    SELECT head.*, r.id, r."createdAt", r.json FROM head LEFT JOIN LATERAL (
      SELECT ${columns} FROM ${fromMessages}
      WHERE m."conversationId" = ${options.conversationId}
        AND (m."createdAt", m.id) >= (head."firstAt", head."firstId")
        AND (m."createdAt", m.id) <= (head."lastAt", head."lastId")
      ORDER BY m."createdAt", m.id LIMIT ${FIRST_BATCH_ROWS}
    ) r ON true
    ORDER BY r."createdAt", r.id`;
}

/** The first batch, then the rest of the range by keyset, a statement per batch. */
async function* batches(conversationId: string, first: Batch[], range: Range): AsyncGenerator<string> {
  let rows = first;
  let asked = FIRST_BATCH_ROWS;
  while (rows.length > 0) {
    const text = rows.map((row) => row.json).join(",");
    yield text;
    if (rows.length < asked) return;
    const after = rows[rows.length - 1] as Batch;
    asked = batchRows(rows.length, text.length);
    rows = await query<Batch>(Prisma.sql`
      SELECT ${columns} FROM ${fromMessages}
      WHERE m."conversationId" = ${conversationId}
        AND (m."createdAt", m.id) > (${after.createdAt}, ${after.id})
        AND (m."createdAt", m.id) <= (${range.lastAt}, ${range.lastId})
      ORDER BY m."createdAt", m.id LIMIT ${asked}`);
  }
}
