import { beforeEach, expect, it } from "vitest";
import * as activityRoute from "@/app/api/conversation/[id]/activity/route";
import * as replyRoute from "@/app/api/conversation/[id]/messages/route";
import * as noteRoute from "@/app/api/conversation/[id]/notes/[messageId]/route";
import * as notesRoute from "@/app/api/conversation/[id]/notes/route";
import * as conversationRoute from "@/app/api/conversation/[id]/route";
import * as snoozeRoute from "@/app/api/conversation/[id]/snooze/route";
import { activityPageSchema } from "@/lib/activity/schemas";
import { db } from "@/lib/db/client";
import { receiveInboundMessage } from "@/lib/inbound/receive";
import { callRoute } from "../support/call-route";
import { conversationOf, createOrganization } from "../support/factories";

// The activity trail on real PostgreSQL: each change, made through the routes (and a contact's
// message through the inbound path), leaves one step naming who did it to whom; the trail is read
// by whoever may read the conversation, newest first, a page at a time.

let world: Awaited<ReturnType<typeof createOrganization>>;
beforeEach(async () => {
  world = await createOrganization();
});

const trail = async (token: string, conversationId: string, query: Record<string, string> = {}) => {
  const res = await callRoute(activityRoute.GET, "GET", "/", { token, params: { id: conversationId }, query });
  return res;
};
const steps = async (conversationId: string) => {
  const res = await trail(world.manager.token, conversationId);
  expect(res.status).toBe(200);
  return activityPageSchema
    .parse(res.body)
    .activity.map((step) => [step.kind, step.actor?._id ?? null, step.subject?._id ?? null])
    .reverse();
};

it("records who assigned, resolved, reopened, snoozed, woke, took over from the autopilot and noted", async () => {
  const conversation = await conversationOf(world, { ownerId: world.agent.id });
  const put = (token: string, body: Record<string, unknown>) =>
    callRoute(conversationRoute.PUT, "PUT", "/", { token, params: { id: conversation.id }, body });

  expect((await put(world.manager.token, { assignees: [world.agent.id, world.otherAgent.id] })).status).toBe(200);
  expect((await put(world.manager.token, { assignees: [world.agent.id] })).status).toBe(200);
  expect((await put(world.agent.token, { isResolved: true })).status).toBe(200);
  await receiveInboundMessage({
    organizationId: world.organization.id,
    inbound: { channelType: "sms", from: conversation.channelIdentifier, body: "One more thing", attachments: [] },
  });
  const snoozed = await callRoute(snoozeRoute.PUT, "PUT", "/", {
    token: world.agent.token,
    params: { id: conversation.id },
    body: { untilReply: true },
  });
  expect(snoozed.status).toBe(200);
  const woken = await callRoute(snoozeRoute.DELETE, "DELETE", "/", {
    token: world.manager.token,
    params: { id: conversation.id },
  });
  expect(woken.status).toBe(200);
  // The autopilot, running it, hands over to the agent who replies.
  await db.conversation.update({ where: { id: conversation.id }, data: { isAutopilot: true, changedById: null } });
  const replied = await callRoute(replyRoute.POST, "POST", "/", {
    token: world.agent.token,
    params: { id: conversation.id },
    body: { body: "I'll take it from here" },
  });
  expect(replied.status).toBe(201);
  const note = await callRoute(notesRoute.POST, "POST", "/", {
    token: world.agent.token,
    params: { id: conversation.id },
    body: { body: "Wants a call back" },
  });
  const deleted = await callRoute(noteRoute.DELETE, "DELETE", "/", {
    token: world.manager.token,
    params: { id: conversation.id, messageId: note.body.data._id },
  });
  expect(deleted.status).toBe(200);

  const { agent, otherAgent, manager } = world;
  expect(await steps(conversation.id)).toEqual([
    ["assigned", manager.id, agent.id],
    ["assigned", manager.id, otherAgent.id],
    ["unassigned", manager.id, otherAgent.id],
    ["resolved", agent.id, null],
    ["reopened", null, null],
    ["snoozed", agent.id, null],
    ["woken", manager.id, null],
    ["autopilot.on", null, null],
    ["autopilot.off", agent.id, null],
    ["note.added", agent.id, null],
    ["note.deleted", manager.id, agent.id],
  ]);
  const page = activityPageSchema.parse((await trail(world.manager.token, conversation.id)).body);
  expect(page.activity.find((step) => step.kind === "snoozed")?.detail).toEqual({ until: null });
});

it("is read by those who may read the conversation, newest first, a page at a time", async () => {
  const conversation = await conversationOf(world, { ownerId: world.agent.id });
  for (const isResolved of [true, false, true]) {
    await callRoute(conversationRoute.PUT, "PUT", "/", {
      token: world.manager.token,
      params: { id: conversation.id },
      body: { isResolved },
    });
  }
  const first = await trail(world.agent.token, conversation.id, { limit: "2" });
  expect(first.status).toBe(200);
  expect(first.body.activity.map((step: { kind: string }) => step.kind)).toEqual(["resolved", "reopened"]);
  const second = await trail(world.agent.token, conversation.id, { limit: "2", cursor: first.body.nextCursor });
  expect(second.body).toMatchObject({ activity: [{ kind: "resolved" }], nextCursor: null });

  const other = await createOrganization();
  expect((await trail(world.otherAgent.token, conversation.id)).status).toBe(404);
  expect((await trail(other.admin.token, conversation.id)).status).toBe(404);
  expect((await trail(world.agent.token, conversation.id, { cursor: "x" })).status).toBe(400);
  expect((await callRoute(activityRoute.GET, "GET", "/", { params: { id: conversation.id } })).status).toBe(401);
  // A participant (a note mentions them) reads it too.
  await callRoute(notesRoute.POST, "POST", "/", {
    token: world.agent.token,
    params: { id: conversation.id },
    body: { body: "Have a look", mentions: [world.otherAgent.id] },
  });
  expect((await trail(world.otherAgent.token, conversation.id)).status).toBe(200);
});
