// The benchmark's baseline: the raw limit for the same reads and writes, a minimal node:http server
// with pg and hand-written SQL (JSON built by PostgreSQL), doing the same work per request: check
// the Bearer token, apply the same access rule, run the queries (writes: bench/baseline-writes.ts).
// No framework, no ORM, no validation library. Started by bench/run.ts beside the app, on the same
// database.
import { createHash } from "node:crypto";
import http from "node:http";
import pg from "pg";
import { handleWrite } from "./baseline-writes";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_MAX ?? 10) });
const port = Number(process.env.PORT ?? 4100);

type Viewer = { id: string; organizationId: string; role: string };

const conversationJson = (alias: string, viewer: string) => `json_build_object(
  '_id', ${alias}.id, 'organizationId', ${alias}."organizationId", 'userId', ${alias}."userId",
  'assignees', COALESCE((SELECT json_agg(json_build_object('_id', u.id, 'fullName', u."fullName", 'email', u.email) ORDER BY a."createdAt")
                FROM "ConversationAssignee" a JOIN "User" u ON u.id = a."userId" WHERE a."conversationId" = ${alias}.id), '[]'),
  'channelType', ${alias}."channelType", 'channelIdentifier', ${alias}."channelIdentifier", 'latestMessage', ${alias}."latestMessageId",
  'lastMessageTime', ${alias}."lastMessageTime", 'isResolved', ${alias}."isResolved", 'resolvedAt', ${alias}."resolvedAt",
  'subject', ${alias}.subject, 'provider', ${alias}.provider, 'emailAccountId', ${alias}."emailAccountId",
  'participants', ${alias}.participants, 'isDraft', ${alias}."isDraft", 'messageCount', ${alias}."messageCount",
  'contactId', ${alias}."contactId", 'process', ${alias}.process, 'isAutopilot', ${alias}."isAutopilot",
  'source', ${alias}.source, 'leadSource', ${alias}."leadSource",
  'isUpdated', COALESCE((SELECT s."markedUnseen" OR (${alias}."lastIncomingAt" IS NOT NULL AND (s."seenAt" IS NULL OR s."seenAt" < ${alias}."lastIncomingAt"))
                FROM "ConversationSeen" s WHERE s."conversationId" = ${alias}.id AND s."userId" = ${viewer}), ${alias}."lastIncomingAt" IS NOT NULL),
  'createdAt', ${alias}."createdAt", 'updatedAt', ${alias}."updatedAt", '__v', ${alias}.version)`;

const access = (alias: string, viewer: Viewer, first: number) =>
  viewer.role === "AGENT"
    ? `${alias}."organizationId" = $${first} AND (${alias}."userId" = $${first + 1} OR EXISTS (SELECT 1 FROM "ConversationAssignee" x WHERE x."conversationId" = ${alias}.id AND x."userId" = $${first + 1}))`
    : `${alias}."organizationId" = $${first} AND $${first + 1}::text IS NOT NULL`;

const messageJson = `json_build_object('_id', m.id, 'isIncoming', m."isIncoming", 'body', m.body, 'channelType', m."channelType",
  'channelIdentifier', m."channelIdentifier", 'status', m.status, 'senderType', m."senderType",
  'userId', CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('_id', u.id, 'fullName', u."fullName") END,
  'contactId', m."contactId", 'attachments', m.attachments,
  'systemStamp', json_build_object('type', m."stampType", 'automationName', m."automationName", 'fieldsExtracted', m."fieldsExtracted", 'actions', m.actions),
  'createdAt', m."createdAt")`;

async function viewerFor(header: string | undefined): Promise<Viewer | null> {
  const token = /^Bearer (\S+)$/.exec(header ?? "")?.[1];
  if (!token) return null;
  const hash = createHash("sha256").update(token).digest("hex");
  const { rows } = await pool.query<Viewer>(
    `SELECT u.id, u."organizationId", u.role FROM "ApiToken" t JOIN "User" u ON u.id = t."userId"
     WHERE t."tokenHash" = $1 AND t."revokedAt" IS NULL`,
    [hash],
  );
  return rows[0] ?? null;
}

async function handle(url: URL, viewer: Viewer): Promise<[number, unknown]> {
  const q = url.searchParams;
  const path = url.pathname;
  if (path === "/api/conversation/all") {
    const { rows } = await pool.query(
      `SELECT ${conversationJson("c", "$4")} AS j FROM "Conversation" c
       WHERE c."contactId" = $1 AND c."channelType" = $2::"ChannelType" AND ${access("c", viewer, 3)}
       ORDER BY c."lastMessageTime" DESC, c.id DESC`,
      [q.get("contactId"), q.get("channelType") ?? "sms", viewer.organizationId, viewer.id],
    );
    return [200, { conversations: rows.map((r) => r.j) }];
  }
  if (path === "/api/conversation/messages") {
    const id = q.get("conversationId");
    const ok = await pool.query(`SELECT 1 FROM "Conversation" c WHERE c.id = $1 AND ${access("c", viewer, 2)}`, [
      id,
      viewer.organizationId,
      viewer.id,
    ]);
    if (!ok.rowCount) return [404, { message: "Conversation not found" }];
    const limit = q.get("limit");
    if (!limit) {
      const { rows } = await pool.query(
        `SELECT ${messageJson} AS j FROM "Message" m LEFT JOIN "User" u ON u.id = m."userId"
         WHERE m."conversationId" = $1 ORDER BY m."createdAt", m.id`,
        [id],
      );
      return [200, { messages: rows.map((r) => r.j) }];
    }
    const { rows } = await pool.query(
      `SELECT * FROM (SELECT ${messageJson} AS j, m."createdAt", m.id FROM "Message" m LEFT JOIN "User" u ON u.id = m."userId"
         WHERE m."conversationId" = $1 ORDER BY m."createdAt" DESC, m.id DESC LIMIT $2) p ORDER BY "createdAt", id`,
      [id, Number(limit) + 1],
    );
    const page = rows.length > Number(limit) ? rows.slice(1) : rows;
    return [200, { messages: page.map((r) => r.j), nextCursor: rows.length > Number(limit) ? page[0]?.id : null }];
  }
  if (path === "/api/reports") {
    // The same figures as the app's, one hand-written statement: opened and resolved in the period
    // of the organization's days, their times' median and 90th percentile, in total and per group.
    const by = q.get("by") ?? "day";
    const key = {
      day: `to_char(e.at AT TIME ZONE o."timeZone", 'YYYY-MM-DD')`,
      channel: `e."channelType"::text`,
      agent: `(SELECT min(a."userId") FROM "ConversationAssignee" a WHERE a."conversationId" = e.id)`,
      label: `(SELECT min(l."labelId") FROM "ConversationLabel" l WHERE l."conversationId" = e.id)`,
    }[by];
    const figures = `count(*) FILTER (WHERE kind = 'opened') AS opened, count(*) FILTER (WHERE kind = 'resolved') AS resolved,
      percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY seconds) FILTER (WHERE kind = 'opened') AS first,
      percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY seconds) FILTER (WHERE kind = 'resolved') AS resolution`;
    const { rows } = await pool.query(
      `WITH o AS (SELECT "timeZone", ($2::date)::timestamp AT TIME ZONE "timeZone" AS start,
                         ($3::date + 1)::timestamp AT TIME ZONE "timeZone" AS finish FROM "Organization" WHERE id = $1),
       e AS (SELECT 'opened' AS kind, c.id, c."createdAt" AS at, c."channelType",
                    EXTRACT(EPOCH FROM c."firstResponseAt" - c."firstIncomingAt") AS seconds
             FROM "Conversation" c, o WHERE c."organizationId" = $1 AND c."createdAt" >= o.start AND c."createdAt" < o.finish
             UNION ALL
             SELECT 'resolved', c.id, c."resolvedAt", c."channelType", EXTRACT(EPOCH FROM c."resolvedAt" - c."createdAt")
             FROM "Conversation" c, o WHERE c."organizationId" = $1 AND c."resolvedAt" >= o.start AND c."resolvedAt" < o.finish)
       SELECT NULL AS key, ${figures} FROM e
       UNION ALL
       SELECT * FROM (SELECT ${key} AS key, ${figures} FROM e, o GROUP BY 1) g`,
      [viewer.organizationId, q.get("from"), q.get("to")],
    );
    return [200, { data: { totals: rows[0], rows: rows.slice(1) } }];
  }
  if (path === "/api/inbox") {
    const resolved = q.get("status") === "resolved";
    const limit = Number(q.get("limit") ?? 50);
    const values: unknown[] = [viewer.organizationId, resolved, limit + 1];
    const more: string[] = [];
    let from = `"Conversation" c`;
    let time = `c."lastMessageTime"`;
    let key = "c.id";
    // The same views as the app's: snoozed or not, longest waiting first (only those waiting), labels.
    const snoozed = q.get("status") === "snoozed";
    const waiting = q.get("sort") === "waiting";
    const column = waiting ? "waitingSince" : "lastMessageTime";
    const labels = (q.get("labels") ?? "").split(",").filter(Boolean);
    if (!resolved) more.push(snoozed ? `c."isSnoozed"` : `NOT c."isSnoozed"`);
    if (waiting) more.push(`c."waitingSince" IS NOT NULL`);
    time = `c."${column}"`;
    if (q.get("view") === "mine") {
      values.push(viewer.id);
      from = `"ConversationAssignee" a JOIN "Conversation" c ON c.id = a."conversationId"`;
      more.push(`a."userId" = $${values.length} AND a."isResolved" = $2`);
      if (!resolved) more.push(snoozed ? `a."isSnoozed"` : `NOT a."isSnoozed"`);
      if (waiting) more.push(`a."waitingSince" IS NOT NULL`);
      time = `a."${column}"`;
      key = `a."conversationId"`;
    } else if (labels.length && !waiting) {
      values.push(labels[0]);
      from = `"ConversationLabel" l JOIN "Conversation" c ON c.id = l."conversationId"`;
      more.push(`l."labelId" = $${values.length} AND l."isResolved" = $2`);
      time = `l."lastMessageTime"`;
      key = `l."conversationId"`;
    } else if (q.get("view") === "unassigned") {
      more.push(`c."assigneeCount" = 0`);
    }
    for (const label of labels.slice(1)) {
      values.push(label);
      more.push(
        `EXISTS (SELECT 1 FROM "ConversationLabel" x WHERE x."conversationId" = c.id AND x."labelId" = $${values.length})`,
      );
    }
    const direction = waiting ? "ASC" : "DESC";
    if (q.get("q")) {
      // The contact's fields or the messages' words, as one condition (the app pages each on its own).
      values.push(`%${q.get("q")}%`, q.get("q"));
      const [like, words] = [values.length - 1, values.length];
      more.push(
        `(c."contactId" IN (SELECT ct.id FROM "Contact" ct WHERE ct."organizationId" = $1 AND (ct."fullName" ILIKE $${like} OR ct.phone ILIKE $${like} OR ct.email ILIKE $${like}))
          OR EXISTS (SELECT 1 FROM "Message" m WHERE m."conversationId" = c.id AND m."searchVector" @@ websearch_to_tsquery('simple', $${words})))`,
      );
    }
    const cursor = q.get("cursor");
    if (cursor) {
      const [millis, id] = Buffer.from(cursor, "base64url").toString().split(".");
      values.push(new Date(Number(millis)), id);
      more.push(`(${time}, ${key}) ${waiting ? ">" : "<"} ($${values.length - 1}, $${values.length})`);
    }
    const { rows } = await pool.query(
      `SELECT j || jsonb_build_object('contact', (SELECT json_build_object('_id', ct.id, 'fullName', ct."fullName", 'phone', ct.phone, 'email', ct.email) FROM "Contact" ct WHERE ct.id = c."contactId"),
              'preview', (SELECT json_build_object('_id', m.id, 'body', m.body, 'isIncoming', m."isIncoming", 'senderType', m."senderType", 'automationName', m."automationName", 'actions', m.actions, 'createdAt', m."createdAt") FROM "Message" m WHERE m.id = c."latestMessageId")) AS j,
              t, k
       FROM (SELECT c.*, ${time} AS t, ${key} AS k FROM ${from}
             WHERE c."organizationId" = $1 AND c."isResolved" = $2 ${more.map((m) => `AND ${m}`).join(" ")}
             ORDER BY ${time} ${direction}, ${key} ${direction} LIMIT $3) c,
            LATERAL (SELECT ${conversationJson("c", `'${viewer.id}'`)}::jsonb AS j) x
       ORDER BY t ${direction}, k ${direction}`,
      values,
    );
    const page = rows.slice(0, limit);
    const last = rows.length > limit ? page.at(-1) : undefined;
    return [
      200,
      {
        conversations: page.map((r) => r.j),
        nextCursor: last ? Buffer.from(`${new Date(last.t).getTime()}.${last.k}`).toString("base64url") : null,
      },
    ];
  }
  const byId = /^\/api\/conversation\/([0-9a-f]{24})$/.exec(path);
  if (byId) {
    const { rows } = await pool.query(
      `SELECT ${conversationJson("c", "$3")} AS j FROM "Conversation" c WHERE c.id = $1 AND ${access("c", viewer, 2)}`,
      [byId[1], viewer.organizationId, viewer.id],
    );
    return rows[0] ? [200, { data: rows[0].j }] : [404, { message: "Conversation not found" }];
  }
  return [404, { message: "No such API endpoint" }];
}

http
  .createServer(async (request, response) => {
    try {
      const viewer = await viewerFor(request.headers.authorization);
      const url = new URL(request.url ?? "/", "http://localhost");
      const [status, body] = viewer
        ? ((await handleWrite(pool, request.method ?? "GET", url.pathname, await readBody(request), viewer, {
            conversation: conversationJson("c", `'${viewer.id}'`),
            message: messageJson,
          })) ?? (await handle(url, viewer)))
        : [401, { message: "Unauthorized" }];
      response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    } catch (error) {
      console.error(error);
      response.writeHead(500, { "content-type": "application/json" }).end('{"message":"error"}');
    }
  })
  .listen(port, "127.0.0.1", () => console.log(`baseline on ${port}`));

async function readBody(request: http.IncomingMessage): Promise<Record<string, unknown>> {
  if (request.method === "GET") return {};
  let text = "";
  for await (const chunk of request) text += chunk;
  return text ? JSON.parse(text) : {};
}
