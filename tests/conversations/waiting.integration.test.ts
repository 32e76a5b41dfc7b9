import { beforeEach, describe, expect, it } from "vitest";
import * as replyRoute from "@/app/api/conversation/[id]/messages/route";
import * as conversationRoute from "@/app/api/conversation/[id]/route";
import * as snoozeRoute from "@/app/api/conversation/[id]/snooze/route";
import * as inboxCountsRoute from "@/app/api/inbox/counts/route";
import * as inboxRoute from "@/app/api/inbox/route";
import { db } from "@/lib/db/client";
import { query } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { receiveInboundMessage } from "@/lib/inbound/receive";
import { appendMessageSql, appendStampSql } from "@/lib/messages/append";
import { callRoute } from "../support/call-route";
import { conversationOf, createOrganization } from "../support/factories";

// Waiting time: the contact's message starts their wait, a person's or the AI's answer ends it; a
// system stamp or an automation's templated reply does not. Our first answer is kept for reports.
// The inbox sorts the waiting ones longest first in every view, keyset paged, and counts them.

let world: Awaited<ReturnType<typeof createOrganization>>;

beforeEach(async () => {
  world = await createOrganization();
});

const target = (id: string) => Prisma.sql`SELECT * FROM "Conversation" WHERE id = ${id}`;
const stateOf = (id: string) => db.conversation.findUniqueOrThrow({ where: { id } });
const contactWrites = (channelIdentifier: string, body: string) =>
  receiveInboundMessage({
    organizationId: world.organization.id,
    inbound: { channelType: "sms", from: channelIdentifier, body, attachments: [] },
  });

/** The AI's message in the conversation: an answer, unless an automation sent it (its template). */
const aiSays = (conversationId: string, body: string, automationId?: string) =>
  query(
    appendMessageSql(target(conversationId), {
      userId: null,
      isIncoming: false,
      body,
      status: "delivered",
      senderType: "AI",
      automationId,
    }),
  );

describe("waiting time", () => {
  it("starts with the contact's message and ends with our answer, not with a stamp or a rule's reply", async () => {
    const conversation = await conversationOf(world);
    await contactWrites(conversation.channelIdentifier, "Is it still for sale?");
    const first = await stateOf(conversation.id);
    expect(first.waitingSince).toEqual(first.lastIncomingAt);
    // In the inbox row (ours); the conversation itself stays the reference's shape.
    const rowOf = async () =>
      (
        await callRoute(inboxRoute.GET, "GET", "/", { token: world.manager.token, query: { view: "all" } })
      ).body.conversations.find((c: { _id: string }) => c._id === conversation.id);
    expect((await rowOf()).waitingSince).toBe(first.waitingSince?.toISOString());
    const plain = await callRoute(conversationRoute.GET, "GET", "/", {
      token: world.manager.token,
      params: { id: conversation.id },
    });
    expect(plain.body.data).not.toHaveProperty("waitingSince");

    // A second message, a stamp and an automation's templated reply: still waiting since the first.
    await contactWrites(conversation.channelIdentifier, "Hello?");
    await query(
      appendStampSql(target(conversation.id), { automationName: "Tag", fieldsExtracted: [], actions: ["label"] }),
    );
    const automation = await db.automation.create({
      data: { organizationId: world.organization.id, name: "After hours", event: "message.received", actions: [] },
    });
    await aiSays(conversation.id, "We're closed, back at 9.", automation.id);
    expect((await stateOf(conversation.id)).waitingSince).toEqual(first.waitingSince);
    expect((await stateOf(conversation.id)).firstResponseAt).toBeNull();

    const reply = await callRoute(replyRoute.POST, "POST", "/", {
      token: world.manager.token,
      params: { id: conversation.id },
      body: { body: "Yes, it is." },
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    const answered = await stateOf(conversation.id);
    expect(answered.waitingSince).toBeNull();
    expect(answered.firstResponseAt).toEqual(new Date(reply.body.data.createdAt));
    expect(await rowOf()).not.toHaveProperty("waitingSince");

    // Waiting again; the AI's answer ends it too; the first answer stays the first.
    await contactWrites(conversation.channelIdentifier, "Can I see it Friday?");
    expect((await stateOf(conversation.id)).waitingSince).not.toBeNull();
    await aiSays(conversation.id, "Friday works.");
    expect(await stateOf(conversation.id)).toMatchObject({
      waitingSince: null,
      firstResponseAt: answered.firstResponseAt,
    });
  });

  it("sorts the waiting ones longest first in every view, keyset paged and counted", async () => {
    const hour = 3_600_000;
    const now = Date.now();
    const make = async (hoursWaiting: number | null, assignee?: string) => {
      const conversation = await conversationOf(world, {
        assigneeIds: assignee ? [assignee] : [],
        lastMessageTime: new Date(now - (hoursWaiting ?? 0) * hour),
      });
      if (hoursWaiting !== null) {
        await db.conversation.update({
          where: { id: conversation.id },
          data: { waitingSince: new Date(now - hoursWaiting * hour) },
        });
      }
      return conversation.id;
    };
    const three = await make(3, world.agent.id);
    const five = await make(5);
    const one = await make(1, world.agent.id);
    await make(null, world.agent.id);
    const snoozed = await make(9, world.agent.id);
    await callRoute(snoozeRoute.PUT, "PUT", "/", {
      token: world.manager.token,
      params: { id: snoozed },
      body: { untilReply: true },
    });

    const page = async (token: string, query: Record<string, string>) => {
      const res = await callRoute(inboxRoute.GET, "GET", "/", {
        token,
        query: { view: "all", sort: "waiting", ...query },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body as { conversations: { _id: string; waitingSince?: string }[]; nextCursor: string | null };
    };
    const firstPage = await page(world.manager.token, { limit: "2" });
    expect(firstPage.conversations.map((c) => c._id)).toEqual([five, three]);
    expect(firstPage.conversations[0]?.waitingSince).toBe(new Date(now - 5 * hour).toISOString());
    const secondPage = await page(world.manager.token, { limit: "2", cursor: firstPage.nextCursor as string });
    expect(secondPage.conversations.map((c) => c._id)).toEqual([one]);
    expect(secondPage.nextCursor).toBeNull();

    // The agent's own: what it is assigned to, in the Mine and All views.
    for (const view of ["mine", "all"]) {
      expect((await page(world.agent.token, { view })).conversations.map((c) => c._id)).toEqual([three, one]);
    }
    expect((await page(world.manager.token, { view: "unassigned" })).conversations.map((c) => c._id)).toEqual([five]);
    expect((await page(world.manager.token, { status: "snoozed" })).conversations.map((c) => c._id)).toEqual([snoozed]);
    const counts = await callRoute(inboxCountsRoute.GET, "GET", "/", {
      token: world.agent.token,
      query: { sort: "waiting" },
    });
    expect(counts.body.counts).toMatchObject({ mine: 2, all: 2 });
    const bad = await callRoute(inboxRoute.GET, "GET", "/", { token: world.agent.token, query: { sort: "oldest" } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ path: "sort", message: "must be newest or waiting" }]);
  });
});
