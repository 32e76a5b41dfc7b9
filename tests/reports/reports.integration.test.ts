import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it } from "vitest";
import * as reportConversationsRoute from "@/app/api/reports/conversations/route";
import * as reportRoute from "@/app/api/reports/route";
import { db, pool } from "@/lib/db/client";
import { query } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { appendMessageSql } from "@/lib/messages/append";
import { callRoute } from "../support/call-route";
import { createConversation, createOrganization } from "../support/factories";

// Reports, checked against figures worked out by hand on a small dataset in New York's time zone,
// over the weekend its clocks go forward (Sunday 8 March 2026, 02:00 → 03:00): days are read in
// the organization's zone, so the period starts at 05:00Z and ends at 04:00Z, and a day's edges
// fall where its local midnights do.

let world: Awaited<ReturnType<typeof createOrganization>>;
let agentX: string;
let agentY: string;
let label: string;
const at = (iso: string) => new Date(iso);

/** A conversation with the times a report reads, set as storing its messages would have. */
async function conversation(options: {
  channel: "sms" | "facebook" | "webchat" | "email";
  opened: string;
  firstResponseAfter?: number;
  incoming?: boolean;
  resolved?: string;
  assignees?: string[];
  labels?: string[];
}) {
  const opened = at(options.opened);
  const created = await db.conversation.create({
    data: {
      organizationId: world.organization.id,
      contactId: world.contact.id,
      channelType: options.channel,
      channelIdentifier: "+15550001111",
      lastMessageTime: opened,
      createdAt: opened,
      firstIncomingAt: options.incoming === false ? null : opened,
      firstResponseAt:
        options.firstResponseAfter === undefined
          ? null
          : new Date(opened.getTime() + options.firstResponseAfter * 1000),
      isResolved: Boolean(options.resolved),
      resolvedAt: options.resolved ? at(options.resolved) : null,
      assignees: { create: (options.assignees ?? []).map((userId) => ({ userId })) },
    },
  });
  for (const labelId of options.labels ?? []) {
    await db.conversationLabel.create({ data: { conversationId: created.id, labelId } });
  }
  return created.id;
}

const ids: Record<string, string> = {};

beforeEach(async () => {
  world = await createOrganization();
  await db.organization.update({ where: { id: world.organization.id }, data: { timeZone: "America/New_York" } });
  agentX = world.agent.id;
  agentY = world.otherAgent.id;
  label = (await db.label.create({ data: { organizationId: world.organization.id, name: "VIP", color: "red" } })).id;
  // A: opened the evening before the period (23:30 EST), resolved in it at 01:00 EST: 5,400 s.
  ids.A = await conversation({ channel: "sms", opened: "2026-03-07T04:30:00Z", resolved: "2026-03-07T06:00:00Z" });
  // B: at the period's first instant (00:00 EST); answered in 60 s.
  ids.B = await conversation({
    channel: "sms",
    opened: "2026-03-07T05:00:00Z",
    firstResponseAfter: 60,
    assignees: [agentX],
    labels: [label],
  });
  // C: Saturday 23:59 EST (Sunday in UTC); answered in 600 s.
  ids.C = await conversation({ channel: "facebook", opened: "2026-03-08T04:59:00Z", firstResponseAfter: 600 });
  // D: Sunday 00:00 EST; answered in 120 s; resolved Sunday 23:59 EDT, a 23-hour day later: 82,740 s.
  ids.D = await conversation({
    channel: "sms",
    opened: "2026-03-08T05:00:00Z",
    firstResponseAfter: 120,
    resolved: "2026-03-09T03:59:00Z",
    assignees: [agentX, agentY],
  });
  // G: Sunday, started by us: the contact has not written, so no first response to measure.
  ids.G = await conversation({ channel: "email", opened: "2026-03-08T12:00:00Z", incoming: false });
  // E: Monday 00:00 EDT (04:00Z now); not answered; resolved Monday 23:59 EDT: 86,340 s.
  ids.E = await conversation({
    channel: "webchat",
    opened: "2026-03-09T04:00:00Z",
    resolved: "2026-03-10T03:59:00Z",
    labels: [label],
  });
  // F: Tuesday 00:00 EDT, just past the period.
  ids.F = await conversation({ channel: "sms", opened: "2026-03-10T04:00:00Z", firstResponseAfter: 5 });
});

const period = { from: "2026-03-07", to: "2026-03-09" };
async function report(by: string, token = world.manager.token) {
  return callRoute(reportRoute.GET, "GET", "/", { token, query: { ...period, by } });
}
const times = (count: number, median: number | null, p90: number | null) => ({ count, median, p90 });

describe("reports", () => {
  it("totals and days, across the change to daylight saving time", async () => {
    const res = await report("day");
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const { data } = res.body;
    expect(data.timeZone).toBe("America/New_York");
    expect(data.totals).toEqual({
      opened: 5,
      resolved: 3,
      // 60, 120, 600: the median, and 120 + 0.8 × 480 (percentile_cont's interpolation).
      firstResponse: times(3, 120, 504),
      // 5,400, 82,740, 86,340.
      resolution: times(3, 82740, 85620),
    });
    expect(data.rows).toEqual([
      {
        key: "2026-03-07",
        name: "2026-03-07",
        opened: 2,
        resolved: 1,
        firstResponse: times(2, 330, 546),
        resolution: times(1, 5400, 5400),
      },
      {
        key: "2026-03-08",
        name: "2026-03-08",
        opened: 2,
        resolved: 1,
        firstResponse: times(1, 120, 120),
        resolution: times(1, 82740, 82740),
      },
      {
        key: "2026-03-09",
        name: "2026-03-09",
        opened: 1,
        resolved: 1,
        firstResponse: times(0, null, null),
        resolution: times(1, 86340, 86340),
      },
    ]);
  });

  it("per channel, person and label; a conversation counts for each of its people and labels", async () => {
    const figures = (rows: { key: string | null; name: string; opened: number; resolved: number }[]) =>
      Object.fromEntries(rows.map((r) => [r.key ?? "none", [r.name, r.opened, r.resolved]]));
    expect(figures((await report("channel")).body.data.rows)).toEqual({
      sms: ["SMS", 2, 2],
      facebook: ["Messenger", 1, 0],
      webchat: ["Webchat", 1, 1],
      email: ["Email", 1, 0],
    });
    expect(figures((await report("agent")).body.data.rows)).toEqual({
      [agentX]: [world.agent.fullName, 2, 1],
      [agentY]: [world.otherAgent.fullName, 1, 1],
      none: ["Unassigned", 3, 2],
    });
    const byLabel = await report("label");
    expect(figures(byLabel.body.data.rows)).toEqual({ [label]: ["VIP", 2, 1], none: ["No label", 3, 2] });
    // The totals are the conversations', not the sum of the rows.
    expect(byLabel.body.data.totals.opened).toBe(5);
  });

  it("answers the chart's rows and the conversations behind them as CSV", async () => {
    const csv = await callRoute(reportRoute.GET, "GET", "/", {
      token: world.manager.token,
      query: { ...period, by: "channel", format: "csv" },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const lines = String(csv.body).trim().split("\r\n");
    expect(lines[0]).toBe(
      "key,name,opened,resolved,first_response_count,first_response_median_seconds,first_response_p90_seconds,resolution_count,resolution_median_seconds,resolution_p90_seconds",
    );
    expect(lines).toContain("sms,SMS,2,2,2,90,114,2,44070,75006");
    expect(lines.at(-1)).toBe(",Total,5,3,3,120,504,3,82740,85620");

    const behind = await callRoute(reportConversationsRoute.GET, "GET", "/", {
      token: world.manager.token,
      query: period,
    });
    expect(behind.status).toBe(200);
    const rows = String(behind.body).trim().split("\r\n").slice(1);
    // Opened in the period by when, then resolved in it having been opened before: A.
    expect(rows.map((r) => r.split(",")[0])).toEqual([ids.B, ids.C, ids.D, ids.G, ids.E, ids.A]);
    expect(rows[0]).toContain(`,60,,,${world.agent.fullName},VIP`);
    const mine = await callRoute(reportConversationsRoute.GET, "GET", "/", {
      token: world.manager.token,
      query: { ...period, agent: agentY },
    });
    expect(
      String(mine.body)
        .trim()
        .split("\r\n")
        .slice(1)
        .map((r) => r.split(",")[0]),
    ).toEqual([ids.D]);
  });

  it("is for managers and admins of the organization; periods are checked", async () => {
    expect((await report("day", world.admin.token)).status).toBe(200);
    for (const token of [world.agent.token]) {
      const res = await report("day", token);
      expect(res.status).toBe(403);
      expect(res.body.message).toMatch(/managers and admins/);
      const csv = await callRoute(reportConversationsRoute.GET, "GET", "/", { token, query: period });
      expect(csv.status).toBe(403);
    }
    expect((await callRoute(reportRoute.GET, "GET", "/", { query: period })).status).toBe(401);
    const other = await createOrganization();
    const theirs = await report("day", other.manager.token);
    expect(theirs.body.data.totals.opened).toBe(0);
    for (const bad of [
      { from: "2026-03-09", to: "2026-03-07" },
      { from: "2026-02-30", to: "2026-03-07" },
      { from: "2025-01-01", to: "2026-01-03" },
      { from: "yesterday", to: "2026-03-07" },
    ]) {
      const res = await callRoute(reportRoute.GET, "GET", "/", { token: world.manager.token, query: bad });
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(res.body.errors?.length).toBeGreaterThan(0);
    }
  });
});

describe("first-response times, as messages keep them", () => {
  it("run from the contact's first message to our first answer after it; our opening words are not a response", async () => {
    const started = await createConversation({ organizationId: world.organization.id, contactId: world.contact.id });
    const target = Prisma.sql`SELECT * FROM "Conversation" WHERE id = ${started.id}`;
    const say = (isIncoming: boolean) =>
      query(
        appendMessageSql(target, {
          userId: isIncoming ? null : world.manager.id,
          isIncoming,
          body: isIncoming ? "Hi" : "Hello!",
          status: isIncoming ? "received" : "delivered",
          senderType: isIncoming ? "CONTACT" : "USER",
        }),
      );
    await say(false);
    expect(await db.conversation.findUniqueOrThrow({ where: { id: started.id } })).toMatchObject({
      firstIncomingAt: null,
      firstResponseAt: null,
    });
    const [incoming] = await say(true);
    const [answer] = await say(false);
    await say(true);
    await say(false);
    const after = await db.conversation.findUniqueOrThrow({ where: { id: started.id } });
    const created = (row: unknown) => new Date(JSON.parse((row as { json: string }).json).createdAt);
    expect(after.firstIncomingAt).toEqual(created(incoming));
    expect(after.firstResponseAt).toEqual(created(answer));
  });
});

describe("a report whose client went away", () => {
  it("stops its statement in PostgreSQL instead of running on for nobody", async () => {
    // The report's statement waits on this lock, so it is surely running when its client goes; were
    // it not cancelled it would wait for as long as the lock is held, and this test would time out.
    const holder = await pool().connect();
    try {
      await holder.query("BEGIN");
      await holder.query(`LOCK TABLE "Conversation" IN ACCESS EXCLUSIVE MODE`);
      const client = new AbortController();
      const answer = reportRoute.GET(
        new NextRequest(`http://localhost:3000/api/reports?from=${period.from}&to=${period.to}&by=day`, {
          headers: { authorization: `Bearer ${world.manager.token}` },
          signal: client.signal,
        }),
        { params: Promise.resolve({}) },
      );
      // Asked outside the lock's transaction: within one, PostgreSQL answers from its first snapshot.
      const waiting = async () =>
        (
          await query<{ n: number }>(
            Prisma.sql`SELECT count(*)::int AS n FROM pg_stat_activity
             WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'WITH period AS%'`,
          )
        )[0]?.n;
      await expect.poll(waiting, { timeout: 20_000 }).toBe(1);
      client.abort();
      expect((await answer).status).toBe(499);
      expect(await waiting()).toBe(0);
    } finally {
      await holder.query("ROLLBACK");
      holder.release();
    }
  });
});
