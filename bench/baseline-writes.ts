// The baseline's writes: the same work as the app's, in hand-written SQL over pg, each in one
// transaction (lock, check, change, JSON answer), with no framework, ORM or validation library.
// The ratio against these is what the app's layers cost on top of the database's own work.
import type pg from "pg";

export type Viewer = { id: string; organizationId: string; role: string };
type Answer = [number, unknown];

const access = (viewer: Viewer, first: number) =>
  viewer.role === "AGENT"
    ? `c."organizationId" = $${first} AND (c."userId" = $${first + 1} OR EXISTS (SELECT 1 FROM "ConversationAssignee" x WHERE x."conversationId" = c.id AND x."userId" = $${first + 1}))`
    : `c."organizationId" = $${first} AND $${first + 1}::text IS NOT NULL`;

async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

/** PUT /api/conversation/:id and /resolve: assignees and/or resolution, under a row lock. */
async function update(
  pool: pg.Pool,
  viewer: Viewer,
  id: string,
  change: { assignees?: string[]; isResolved?: boolean },
  answer: string,
): Promise<Answer> {
  return inTransaction(pool, async (client) => {
    await client.query(`SELECT id FROM "Conversation" WHERE id = $1 AND "organizationId" = $2 FOR UPDATE`, [
      id,
      viewer.organizationId,
    ]);
    const { rows } = await client.query(
      `SELECT c."isResolved", ARRAY(SELECT a."userId" FROM "ConversationAssignee" a WHERE a."conversationId" = c.id)::text[] AS assignees,
              (SELECT count(*) FROM "User" u WHERE u.id = ANY($4::char(24)[]) AND u."organizationId" = $2)::int AS known
       FROM "Conversation" c WHERE c.id = $1 AND ${access(viewer, 2)}`,
      [id, viewer.organizationId, viewer.id, change.assignees ?? []],
    );
    const current = rows[0];
    if (!current) return [404, { message: "Conversation not found" }];
    if (change.assignees && current.known < change.assignees.length) return [400, { message: "unknown user" }];
    const removed = change.assignees ? current.assignees.filter((u: string) => !change.assignees?.includes(u)) : [];
    const added = change.assignees ? change.assignees.filter((u) => !current.assignees.includes(u)) : [];
    const resolution = change.isResolved !== undefined && change.isResolved !== current.isResolved;
    if (removed.length || added.length || resolution) {
      await client.query(
        `WITH removed AS (DELETE FROM "ConversationAssignee" WHERE "conversationId" = $1 AND "userId" = ANY($2::char(24)[])),
         added AS (INSERT INTO "ConversationAssignee" ("conversationId", "userId") SELECT $1, unnest($3::char(24)[]))
         UPDATE "Conversation" SET version = version + 1, "updatedAt" = now(),
           "isResolved" = COALESCE($4, "isResolved"),
           "resolvedAt" = CASE WHEN $4 IS NULL THEN "resolvedAt" WHEN $4 THEN now() ELSE NULL END
         WHERE id = $1`,
        [id, removed, added, resolution ? change.isResolved : null],
      );
    }
    const json = await client.query(`SELECT ${answer} AS j FROM "Conversation" c WHERE c.id = $1`, [id]);
    return [200, { data: json.rows[0]?.j }];
  });
}

async function seen(pool: pg.Pool, viewer: Viewer, id: string, markedUnseen: boolean): Promise<Answer> {
  const { rowCount } = await pool.query(
    `INSERT INTO "ConversationSeen" ("userId", "conversationId", "seenAt", "markedUnseen")
     SELECT $3::text, c.id, CASE WHEN $4::boolean THEN NULL ELSE now() END, $4::boolean FROM "Conversation" c WHERE c.id = $1 AND ${access(viewer, 2)}
     ON CONFLICT ("userId", "conversationId") DO UPDATE SET
       "seenAt" = CASE WHEN $4 THEN "ConversationSeen"."seenAt" ELSE excluded."seenAt" END, "markedUnseen" = $4`,
    [id, viewer.organizationId, viewer.id, markedUnseen],
  );
  return rowCount
    ? [200, { message: "Conversation updated successfully." }]
    : [404, { message: "Conversation not found" }];
}

/** POST /api/conversation/:id/messages: the message, the conversation moved, seen by the sender;
 *  then the built-in provider's two status reports; the message's JSON as the answer. */
async function reply(pool: pg.Pool, viewer: Viewer, id: string, body: string, messageJson: string): Promise<Answer> {
  const { rows } = await pool.query(
    `WITH c AS (SELECT c.* FROM "Conversation" c WHERE c.id = $1 AND ${access(viewer, 2)}),
     m AS (INSERT INTO "Message" ("conversationId", "contactId", "userId", "isIncoming", body, "channelType", "channelIdentifier", status, "senderType")
           SELECT c.id, c."contactId", $3, false, $4, c."channelType", c."channelIdentifier", 'queued', 'USER' FROM c RETURNING *),
     moved AS (UPDATE "Conversation" x SET "latestMessageId" = m.id, "lastMessageTime" = m."createdAt",
                 "messageCount" = x."messageCount" + 1, "updatedAt" = now() FROM m WHERE x.id = m."conversationId"),
     s AS (INSERT INTO "ConversationSeen" ("userId", "conversationId", "seenAt", "markedUnseen") SELECT $3, m."conversationId", now(), false FROM m
           ON CONFLICT ("userId", "conversationId") DO UPDATE SET "seenAt" = excluded."seenAt", "markedUnseen" = false)
     SELECT id FROM m`,
    [id, viewer.organizationId, viewer.id, body],
  );
  const messageId = rows[0]?.id;
  if (!messageId) return [404, { message: "Conversation not found" }];
  await pool.query(`UPDATE "Message" SET status = 'sent' WHERE id = $1`, [messageId]);
  const sent = await pool.query(
    `WITH m AS (UPDATE "Message" SET status = 'delivered' WHERE id = $1 RETURNING *)
     SELECT ${messageJson} AS j FROM m LEFT JOIN "User" u ON u.id = m."userId"`,
    [messageId],
  );
  return [201, { data: sent.rows[0]?.j }];
}

/** POST /api/conversation/bulk: one action over many conversations, all or nothing. */
async function bulk(pool: pg.Pool, viewer: Viewer, ids: string[], isResolved: boolean): Promise<Answer> {
  return inTransaction(pool, async (client) => {
    const sorted = [...new Set(ids)].sort();
    await client.query(
      `SELECT id FROM "Conversation" WHERE id = ANY($1::char(24)[]) AND "organizationId" = $2 ORDER BY id FOR UPDATE`,
      [sorted, viewer.organizationId],
    );
    const { rows } = await client.query(
      `SELECT c.id, c."isResolved" FROM "Conversation" c WHERE c.id = ANY($1::char(24)[]) AND ${access(viewer, 2)}`,
      [sorted, viewer.organizationId, viewer.id],
    );
    if (rows.length < sorted.length) return [404, { message: "Conversation not found" }] as Answer;
    const changed = rows.filter((r) => r.isResolved !== isResolved).map((r) => r.id);
    await client.query(
      `UPDATE "Conversation" SET version = version + 1, "updatedAt" = now(), "isResolved" = $2,
         "resolvedAt" = CASE WHEN $2 THEN now() ELSE NULL END WHERE id = ANY($1::char(24)[])`,
      [changed, isResolved],
    );
    return [200, { message: `${sorted.length} conversation(s) updated`, updated: sorted.length }] as Answer;
  });
}

/** The writes this baseline serves, or null for a read. */
export async function handleWrite(
  pool: pg.Pool,
  method: string,
  path: string,
  body: Record<string, unknown>,
  viewer: Viewer,
  json: { conversation: string; message: string },
): Promise<Answer | null> {
  const byId = /^\/api\/conversation\/([0-9a-f]{24})(\/resolve|\/messages)?$/.exec(path);
  if (method === "PUT" && byId?.[1] && !byId[2]) {
    return update(pool, viewer, byId[1], { assignees: body.assignees as string[] }, json.conversation);
  }
  if (method === "PUT" && byId?.[1] && byId[2] === "/resolve") {
    const answer = `json_build_object('_id', c.id, 'isResolved', c."isResolved", 'resolvedAt', c."resolvedAt")`;
    return update(pool, viewer, byId[1], { isResolved: Boolean(body.isResolved) }, answer);
  }
  if (method === "POST" && byId?.[1] && byId[2] === "/messages") {
    return reply(pool, viewer, byId[1], String(body.body), json.message);
  }
  if (method === "POST" && (path === "/api/conversation/seen" || path === "/api/conversation/unseen")) {
    return seen(pool, viewer, String(body.conversationId), path.endsWith("/unseen"));
  }
  if (method === "POST" && path === "/api/conversation/bulk") {
    return bulk(pool, viewer, body.conversationIds as string[], body.action === "resolve");
  }
  return null;
}
