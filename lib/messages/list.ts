import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { accessibleConversationSql, conversationNotFound } from "@/lib/conversations/access";
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

export type MessagesAnswer = {
  /** JSON texts of messages, oldest first, joined by commas, a batch at a time. */
  batches: AsyncGenerator<string>;
  /** Absent on an unpaged answer that holds the whole thread (the reference's shape). */
  nextCursor?: string | null;
  /** Ends the read: the caller calls it once the answer is sent, failed or abandoned. */
  done: () => void;
};

/**
 * A conversation's messages, oldest first. With `limit`: the newest `limit` older than `before`.
 * Without: all of them, up to MESSAGES_UNPAGED_MAX (the newest ones, then). Either way no more
 * than about MESSAGES_MAX_BYTES; an answer that stops short says where to go on with nextCursor
 * (the id to pass as `before`).
 *
 * The first statement checks access and the cursor, fixes the answer's range (newest first,
 * counting rows and their stored sizes, never building JSON for it) and returns its first batch;
 * the rest streams in batches by keyset, each its own short statement, so no connection is held
 * while the client reads and the server's memory does not grow with the thread.
 */
export async function listMessages(options: {
  viewer: Viewer;
  conversationId: string;
  limit?: number;
  before?: string;
}): Promise<MessagesAnswer> {
  const { viewer, conversationId, limit, before } = options;
  const done = limit === undefined ? heavyReads.acquire(viewer.userId) : () => {};
  try {
    const count = limit ?? env().MESSAGES_UNPAGED_MAX;
    const maxBytes = env().MESSAGES_MAX_BYTES;
    const [head, ...rest] = await query<Head>(firstBatch({ viewer, conversationId, before, count, maxBytes }));
    if (!head?.accessible) throw conversationNotFound();
    if (before && !head.anchored) throw new ApiError("bad_request", "before: no such message in this conversation");
    const rows = head.id === null ? [] : ([head, ...rest] as Batch[]);
    const nextCursor = head.more ? head.firstId : null;
    return {
      batches: batches(conversationId, rows, head),
      nextCursor: limit === undefined && !head.more ? undefined : nextCursor,
      done,
    };
  } catch (error) {
    done();
    throw error;
  }
}

type Batch = { id: string; createdAt: Date; json: string };
type Range = { firstId: string | null; firstAt: Date | null; lastId: string | null; lastAt: Date | null };
type Head = Range & { accessible: boolean; anchored: boolean; more: boolean } & {
  [K in keyof Batch]: Batch[K] | null;
};

const columns = Prisma.sql`m.id, m."createdAt", ${messageJson} AS json`;
const fromMessages = Prisma.sql`"Message" m LEFT JOIN "User" u ON u.id = m."userId"`;

function firstBatch(options: {
  viewer: Viewer;
  conversationId: string;
  before?: string;
  count: number;
  maxBytes: number;
}): Prisma.Sql {
  const { viewer, conversationId, before, count, maxBytes } = options;
  const accessible = Prisma.sql`EXISTS (
    SELECT 1 FROM "Conversation" c WHERE c.id = ${conversationId} AND ${accessibleConversationSql(viewer)})`;
  const anchorTime = Prisma.sql`(
    SELECT a."createdAt" FROM "Message" a WHERE a.id = ${before ?? null} AND a."conversationId" = ${conversationId})`;
  const olderThanAnchor = before ? Prisma.sql`AND (m."createdAt", m.id) < (${anchorTime}, ${before})` : Prisma.empty;
  // newest: up to count + 1 rows, newest first, with running totals; kept: the answer, a prefix of
  // it (the first row always, however large, so that a client can always go on).
  return Prisma.sql`
    WITH newest AS (
      SELECT m.id, m."createdAt", row_number() OVER w AS n, sum(${messageJsonBytes}) OVER w AS bytes
      FROM "Message" m
      WHERE m."conversationId" = ${conversationId} AND ${accessible} ${olderThanAnchor}
      WINDOW w AS (ORDER BY m."createdAt" DESC, m.id DESC ROWS UNBOUNDED PRECEDING)
      ORDER BY m."createdAt" DESC, m.id DESC
      LIMIT ${count + 1}
    ),
    kept AS (SELECT * FROM newest WHERE n <= ${count} AND (n = 1 OR bytes <= ${maxBytes})),
    head AS (
      SELECT ${accessible} AS accessible, ${anchorTime} IS NOT NULL AS anchored,
        oldest.id AS "firstId", oldest."createdAt" AS "firstAt", latest.id AS "lastId", latest."createdAt" AS "lastAt",
        (SELECT count(*) FROM newest) > (SELECT count(*) FROM kept) AS more
      FROM (SELECT 1) one
      LEFT JOIN (SELECT id, "createdAt" FROM kept ORDER BY n DESC LIMIT 1) oldest ON true
      LEFT JOIN (SELECT id, "createdAt" FROM kept WHERE n = 1) latest ON true
    )
    SELECT head.*, r.id, r."createdAt", r.json FROM head LEFT JOIN LATERAL (
      SELECT ${columns} FROM ${fromMessages}
      WHERE m."conversationId" = ${conversationId}
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
