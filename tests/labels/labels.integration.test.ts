import { beforeEach, describe, expect, it } from "vitest";
import * as automationsRoute from "@/app/api/automations/route";
import * as labelsOnConversationRoute from "@/app/api/conversation/[id]/labels/route";
import * as conversationRoute from "@/app/api/conversation/[id]/route";
import * as bulkRoute from "@/app/api/conversation/bulk/route";
import * as inboxCountsRoute from "@/app/api/inbox/counts/route";
import * as inboxRoute from "@/app/api/inbox/route";
import * as labelRoute from "@/app/api/labels/[id]/route";
import * as labelsRoute from "@/app/api/labels/route";
import { handlePendingEvents } from "@/lib/automations/engine";
import { db } from "@/lib/db/client";
import { receiveInboundMessage } from "@/lib/inbound/receive";
import { typeOfChange } from "@/lib/webhooks/events";
import { callRoute } from "../support/call-route";
import { conversationOf, createOrganization } from "../support/factories";

// Labels: managers and admins make them, whoever may read a conversation puts them on it (one at a
// time or in bulk, all or nothing), the inbox filters by them from their own index (every label
// named, keyset paged), automations test for them and add them; another organization's are not
// found. Every answer is checked against the OpenAPI document by callRoute.

let world: Awaited<ReturnType<typeof createOrganization>>;

beforeEach(async () => {
  world = await createOrganization();
});

async function makeLabel(name: string, color = "blue", token = world.manager.token) {
  const res = await callRoute(labelsRoute.POST, "POST", "/", { token, body: { name, color } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.data as { _id: string; name: string; color: string };
}

const setLabels = (token: string, id: string, labelIds: string[]) =>
  callRoute(labelsOnConversationRoute.PUT, "PUT", "/", { token, params: { id }, body: { labelIds } });

const inbox = (token: string, query: Record<string, string>) =>
  callRoute(inboxRoute.GET, "GET", "/", { token, query: { view: "all", ...query } });

describe("labels", () => {
  it("are made by managers and admins, read by everyone, unique by name, in the palette's colours", async () => {
    const billing = await makeLabel("Billing", "amber");
    expect(billing).toMatchObject({ name: "Billing", color: "amber" });
    const counted = await callRoute(labelsRoute.GET, "GET", "/", {
      token: world.agent.token,
      query: { counts: "true" },
    });
    expect(counted.body.labels).toMatchObject([{ name: "Billing", conversationCount: 0 }]);
    await makeLabel("Urgent", "red", world.admin.token);

    const byAgent = await callRoute(labelsRoute.POST, "POST", "/", {
      token: world.agent.token,
      body: { name: "Mine", color: "blue" },
    });
    expect(byAgent.status).toBe(403);
    const twice = await callRoute(labelsRoute.POST, "POST", "/", {
      token: world.manager.token,
      body: { name: "Billing", color: "blue" },
    });
    expect(twice.status).toBe(409);
    expect(twice.body.errors).toEqual([{ path: "name", message: "another label has this name" }]);
    const bad = await callRoute(labelsRoute.POST, "POST", "/", {
      token: world.manager.token,
      body: { name: "  ", color: "#ff0000", style: "x" },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["color", "name", "style"]);

    const listed = await callRoute(labelsRoute.GET, "GET", "/", { token: world.agent.token });
    expect(listed.body.labels.map((l: { name: string }) => l.name)).toEqual(["Billing", "Urgent"]);

    const renamed = await callRoute(labelRoute.PATCH, "PATCH", "/", {
      token: world.manager.token,
      params: { id: billing._id },
      body: { name: "Payments" },
    });
    expect(renamed.body.data).toMatchObject({ name: "Payments", color: "amber" });

    const other = await createOrganization();
    for (const call of [
      () =>
        callRoute(labelRoute.PATCH, "PATCH", "/", {
          token: other.admin.token,
          params: { id: billing._id },
          body: { color: "red" },
        }),
      () => callRoute(labelRoute.DELETE, "DELETE", "/", { token: other.admin.token, params: { id: billing._id } }),
    ]) {
      expect((await call()).status).toBe(404);
    }
    const foreignList = await callRoute(labelsRoute.GET, "GET", "/", { token: other.admin.token });
    expect(foreignList.body.labels).toEqual([]);
  });

  it("go on a conversation for anyone who may read it, as the API's JSON says; others' are refused", async () => {
    const urgent = await makeLabel("Urgent", "red");
    const billing = await makeLabel("billing", "amber");
    const conversation = await conversationOf(world, {
      assigneeIds: [world.agent.id],
      messages: [{ isIncoming: true }],
    });

    const plain = await callRoute(conversationRoute.GET, "GET", "/", {
      token: world.agent.token,
      params: { id: conversation.id },
    });
    expect(plain.text).not.toContain('"labels"');

    const set = await setLabels(world.agent.token, conversation.id, [urgent._id, billing._id, urgent._id]);
    expect(set.status).toBe(200);
    // By name, case aside; ours, last, only when there are any.
    expect(set.body.data.labels).toEqual([
      { _id: billing._id, name: "billing", color: "amber" },
      { _id: urgent._id, name: "Urgent", color: "red" },
    ]);
    expect(Object.keys(set.body.data).at(-1)).toBe("labels");
    const events = await db.changeEvent.findMany({
      where: { conversationId: conversation.id, kind: "conversation.labeled" },
    });
    expect(events).toHaveLength(2);
    expect(typeOfChange["conversation.labeled"]).toBe("conversation.updated");

    const row = await inbox(world.agent.token, { ids: conversation.id });
    expect(row.body.conversations[0].labels.map((l: { name: string }) => l.name)).toEqual(["billing", "Urgent"]);

    const cleared = await setLabels(world.agent.token, conversation.id, []);
    expect(cleared.body.data.labels).toBeUndefined();

    const other = await createOrganization();
    const foreign = await makeLabel("Theirs", "blue", other.manager.token);
    const refused = await setLabels(world.agent.token, conversation.id, [urgent._id, foreign._id]);
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([{ path: "labelIds.1", message: "no such label in your organization" }]);
    expect(await db.conversationLabel.count({ where: { conversationId: conversation.id } })).toBe(0);
    expect((await setLabels(world.otherAgent.token, conversation.id, [urgent._id])).status).toBe(404);
    expect((await setLabels(other.admin.token, conversation.id, [foreign._id])).status).toBe(404);

    // Deleting a label takes it off every conversation.
    await setLabels(world.manager.token, conversation.id, [urgent._id]);
    await callRoute(labelRoute.DELETE, "DELETE", "/", { token: world.manager.token, params: { id: urgent._id } });
    expect(await db.conversationLabel.count({ where: { conversationId: conversation.id } })).toBe(0);
  });

  it("filter the inbox: every label named, newest first, a page at a time, counted, in the caller's reach", async () => {
    const vip = await makeLabel("VIP", "violet");
    const late = await makeLabel("Late", "red");
    const at = (minutes: number) => new Date(Date.UTC(2026, 11, 1, 12, minutes));
    const [a, b, c, d] = await Promise.all(
      [10, 20, 30, 40].map((m, i) =>
        conversationOf(world, { lastMessageTime: at(m), ownerId: i === 3 ? world.agent.id : null }),
      ),
    );
    for (const conversation of [a, b, c, d]) await setLabels(world.manager.token, conversation!.id, [vip._id]);
    await setLabels(world.manager.token, b!.id, [vip._id, late._id]);
    await setLabels(world.manager.token, d!.id, [vip._id, late._id]);
    const resolved = await conversationOf(world, { lastMessageTime: at(50) });
    await setLabels(world.manager.token, resolved.id, [vip._id]);
    await db.conversation.update({ where: { id: resolved.id }, data: { isResolved: true, resolvedAt: new Date() } });

    const first = await inbox(world.manager.token, { labels: vip._id, limit: "2" });
    expect(first.body.conversations.map((r: { _id: string }) => r._id)).toEqual([d!.id, c!.id]);
    const second = await inbox(world.manager.token, { labels: vip._id, limit: "2", cursor: first.body.nextCursor });
    expect(second.body.conversations.map((r: { _id: string }) => r._id)).toEqual([b!.id, a!.id]);
    expect(second.body.nextCursor).toBeNull();

    const both = await inbox(world.manager.token, { labels: `${late._id},${vip._id}` });
    expect(both.body.conversations.map((r: { _id: string }) => r._id)).toEqual([d!.id, b!.id]);
    const closed = await inbox(world.manager.token, { labels: vip._id, status: "resolved" });
    expect(closed.body.conversations.map((r: { _id: string }) => r._id)).toEqual([resolved.id]);
    // An agent sees only its own among them.
    const mine = await inbox(world.agent.token, { labels: late._id });
    expect(mine.body.conversations.map((r: { _id: string }) => r._id)).toEqual([d!.id]);

    const counts = await callRoute(inboxCountsRoute.GET, "GET", "/", {
      token: world.manager.token,
      query: { labels: late._id },
    });
    expect(counts.body.counts).toEqual({ mine: 0, unassigned: 2, all: 2 });

    const tooMany = await inbox(world.manager.token, {
      labels: Array.from({ length: 11 }, () => "a".repeat(24)).join(","),
    });
    expect(tooMany.status).toBe(200); // the same id eleven times is one
    const bad = await inbox(world.manager.token, { labels: "nope" });
    expect(bad.status).toBe(400);
  });

  it("go on many conversations at once, all or nothing, and come off them", async () => {
    const vip = await makeLabel("VIP", "violet");
    const [a, b] = await Promise.all([conversationOf(world), conversationOf(world)]);
    const other = await createOrganization();
    const theirs = await conversationOf(other);
    const bulk = (token: string, body: Record<string, unknown>) =>
      callRoute(bulkRoute.POST, "POST", "/", { token, body });

    const refused = await bulk(world.manager.token, {
      conversationIds: [a.id, theirs.id],
      action: "label",
      labelIds: [vip._id],
    });
    expect(refused.status).toBe(404);
    expect(await db.conversationLabel.count({ where: { labelId: vip._id } })).toBe(0);
    const missing = await bulk(world.manager.token, { conversationIds: [a.id], action: "label" });
    expect(missing.status).toBe(400);

    const labelled = await bulk(world.manager.token, {
      conversationIds: [a.id, b.id],
      action: "label",
      labelIds: [vip._id],
    });
    expect(labelled.status).toBe(200);
    expect(labelled.body.conversations.map((c: { labels: unknown[] }) => c.labels)).toEqual([
      [{ _id: vip._id, name: "VIP", color: "violet" }],
      [{ _id: vip._id, name: "VIP", color: "violet" }],
    ]);
    const unlabelled = await bulk(world.manager.token, {
      conversationIds: [a.id],
      action: "unlabel",
      labelIds: [vip._id],
    });
    expect(unlabelled.status).toBe(200);
    expect(
      await db.conversationLabel.findMany({ where: { labelId: vip._id }, select: { conversationId: true } }),
    ).toEqual([{ conversationId: b.id }]);
  });

  it("are what automations test for and add", async () => {
    const vip = await makeLabel("VIP", "violet");
    const priced = await makeLabel("Asked the price", "green");
    const conversation = await conversationOf(world);
    while ((await handlePendingEvents()) > 0) {}
    const rule = await callRoute(automationsRoute.POST, "POST", "/", {
      token: world.manager.token,
      body: {
        name: "Tag price questions from VIPs",
        event: "message.received",
        match: "all",
        conditions: [
          { field: "text", operator: "contains", value: "price" },
          { field: "label", operator: "has", labelId: vip._id },
        ],
        actions: [{ type: "label", labelId: priced._id }],
      },
    });
    expect(rule.status, JSON.stringify(rule.body)).toBe(200);
    expect(rule.body.data.summary).toContain("“VIP”");
    expect(rule.body.data.summary).toContain("add the label “Asked the price”");

    const inbound = (body: string) =>
      receiveInboundMessage({
        organizationId: world.organization.id,
        inbound: { channelType: "sms", from: conversation.channelIdentifier, body, attachments: [] },
      });
    await inbound("What is the price?");
    while ((await handlePendingEvents()) > 0) {}
    expect(await db.conversationLabel.count({ where: { conversationId: conversation.id, labelId: priced._id } })).toBe(
      0,
    );

    await setLabels(world.manager.token, conversation.id, [vip._id]);
    await inbound("And the price with parking?");
    while ((await handlePendingEvents()) > 0) {}
    expect(await db.conversationLabel.count({ where: { conversationId: conversation.id, labelId: priced._id } })).toBe(
      1,
    );

    const foreign = await makeLabel("Theirs", "blue", (await createOrganization()).manager.token);
    const refused = await callRoute(automationsRoute.POST, "POST", "/", {
      token: world.manager.token,
      body: {
        name: "x",
        event: "message.received",
        match: "all",
        conditions: [],
        actions: [{ type: "label", labelId: foreign._id }],
      },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].path).toBe("actions.0.labelId");
  });
});
