import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as providerRoute from "@/app/api/ai/provider/route";
import * as conversationRoute from "@/app/api/conversation/[id]/route";
import * as messagesRoute from "@/app/api/conversation/messages/route";
import * as leadSourceRoute from "@/app/api/lead-sources/[id]/route";
import * as leadSourcesRoute from "@/app/api/lead-sources/route";
import * as processesRoute from "@/app/api/processes/route";
import * as leadsRoute from "@/app/api/webhooks/leads/route";
import { runTurn } from "@/lib/ai/autopilot";
import { hashToken } from "@/lib/auth/api-token";
import { db, pool } from "@/lib/db/client";
import { receiveInboundMessage } from "@/lib/inbound/receive";
import { deliver } from "@/lib/outbox/deliver";
import { callRoute } from "../support/call-route";
import { connectTwilio, TWILIO_ACCOUNT } from "../support/channels";
import { createOrganization } from "../support/factories";
import { type FakeModel, startFakeModel } from "../support/fake-openai";
import { type FakeTwilio, startFakeTwilio } from "../support/fake-twilio";

// Outreach to a new lead: a lead posted to /api/webhooks/leads for one of the organization's lead
// sources becomes a contact and a conversation that follows the source's process; its starter
// message goes out once through the outbox (to a fake Twilio), whatever the caller retries.

let model: FakeModel;
let twilio: FakeTwilio;
beforeAll(async () => {
  model = await startFakeModel();
  twilio = await startFakeTwilio(TWILIO_ACCOUNT);
  process.env.TWILIO_API_BASE = twilio.url;
});
afterAll(async () => {
  await model.stop();
  await twilio.stop();
});

let world: Awaited<ReturnType<typeof createOrganization>>;
let secret: string;
let sourceId: string;
let processId: string;
const phone = () => `+1555${String(randomBytes(4).readUInt32BE() % 1e7).padStart(7, "0")}`;

beforeEach(async () => {
  model.reset();
  world = await createOrganization();
  secret = `lead-secret-${randomBytes(8).toString("hex")}`;
  await db.organization.update({
    where: { id: world.organization.id },
    data: { inboundSecretHash: hashToken(secret) },
  });
  expect((await connectTwilio(world.admin.token)).status).toBe(201);
  await callRoute(providerRoute.PUT, "PUT", "/", {
    token: world.admin.token,
    body: { baseUrl: model.baseUrl, model: "fake-1" },
  });
  const process = await callRoute(processesRoute.POST, "POST", "/", {
    token: world.manager.token,
    body: { name: "Lead follow-up", instructions: "Book a call.", replyDelaySeconds: 0 },
  });
  processId = process.body.data._id;
  const source = await callRoute(leadSourcesRoute.POST, "POST", "/", {
    token: world.manager.token,
    body: {
      name: "Website form",
      processId,
      isAutopilot: true,
      starterMessage: "Hi {{contact.firstName}}, thanks for asking about {{contact.listing}}! When can we call?",
    },
  });
  expect(source.status).toBe(200);
  sourceId = source.body.data._id;
});

const postLead = (body: Record<string, unknown>, headers: Record<string, string> = {}, token = secret) =>
  callRoute(leadsRoute.POST, "POST", "/", {
    headers: { authorization: `Bearer ${token}`, ...headers },
    body,
  });

async function thread(conversationId: string) {
  const res = await callRoute(messagesRoute.POST, "POST", "/", { token: world.admin.token, body: { conversationId } });
  return res.body.messages as { _id: string; body: string; senderType: string; status: string; systemStamp: unknown }[];
}

async function sendOut(messageId: string) {
  const { rows } = await pool().query<{ id: string }>(
    `SELECT id FROM pgboss.job WHERE name = 'outbound' AND data->>'messageId' = $1`,
    [messageId],
  );
  for (const row of rows) await deliver({ id: row.id, data: { messageId }, retryCount: 0, retryLimit: 10 });
}

describe("outreach to a new lead", () => {
  it("makes the contact and an outbound conversation on the source's process, and sends the starter once however often it is posted", async () => {
    const to = phone();
    const lead = {
      configurationId: sourceId,
      phoneNumber: to,
      firstName: "Rosa",
      lastName: "Diaz",
      email: "rosa@example.com",
      listing: "12 Elm St",
    };
    const posts = await Promise.all([
      postLead(lead, { "idempotency-key": "crm-lead-42" }),
      postLead(lead, { "idempotency-key": "crm-lead-42" }),
    ]);
    expect(posts.map((p) => p.status).toSorted()).toEqual([200, 201]);
    const again = await postLead(lead, { "idempotency-key": "crm-lead-42" });
    expect(again.status).toBe(200);
    const { conversationId, contactId } = again.body.data;
    expect(posts.every((p) => p.body.data.conversationId === conversationId)).toBe(true);

    const conversation = await callRoute(conversationRoute.GET, "GET", "/", {
      token: world.admin.token,
      params: { id: conversationId },
    });
    expect(conversation.body.data).toMatchObject({
      contactId,
      channelType: "sms",
      channelIdentifier: to,
      source: "Outbound Message",
      leadSource: "Website form",
      process: processId,
      isAutopilot: true,
    });
    const contact = await db.contact.findUniqueOrThrow({ where: { id: contactId } });
    expect(contact).toMatchObject({ fullName: "Rosa Diaz", phone: to, email: "rosa@example.com" });
    expect(contact.attributes).toEqual({ firstName: "Rosa", lastName: "Diaz", listing: "12 Elm St" });

    const messages = await thread(conversationId);
    expect(messages.map((m) => m.senderType)).toEqual(["AI", "SYSTEM"]);
    expect(messages[0]!.body).toBe("Hi Rosa, thanks for asking about 12 Elm St! When can we call?");
    expect(messages[1]!.systemStamp).toEqual({
      type: "automation",
      automationName: "Website form",
      fieldsExtracted: ["listing", "firstName", "lastName"],
      actions: ["create_lead", "send_starter_message", "autopilot_on"],
    });
    await sendOut(messages[0]!._id);
    expect(twilio.messages.filter((m) => m.to === to).map((m) => m.body)).toEqual([messages[0]!.body]);
    expect(
      await db.conversation.count({ where: { organizationId: world.organization.id, channelIdentifier: to } }),
    ).toBe(1);
  });

  it("leaves the replies to the process: the contact's answer gets the AI's, and STOP ends it before any", async () => {
    const to = phone();
    const taken = await postLead({ configurationId: sourceId, phoneNumber: to, firstName: "Ben" });
    expect(taken.status).toBe(201);
    const { conversationId } = taken.body.data;
    await receiveInboundMessage({
      organizationId: world.organization.id,
      inbound: { channelType: "sms", from: to, body: "Tomorrow at 3?", attachments: [] },
    });
    model.answer({ toolCalls: [{ name: "reply", arguments: { text: "Tomorrow at 3 it is, Ben." } }] });
    await runTurn({ conversationId, lastAttempt: false });
    expect((await thread(conversationId)).filter((m) => m.senderType === "AI").map((m) => m.body)).toEqual([
      "Hi Ben, thanks for asking about (unknown)! When can we call?",
      "Tomorrow at 3 it is, Ben.",
    ]);

    await receiveInboundMessage({
      organizationId: world.organization.id,
      inbound: { channelType: "sms", from: to, body: "stop", attachments: [] },
    });
    await runTurn({ conversationId, lastAttempt: false });
    expect(model.requests).toHaveLength(1);
    const after = await db.conversation.findUniqueOrThrow({ where: { id: conversationId } });
    expect(after.isAutopilot).toBe(false);
  });

  it("refuses what it cannot take, each with its reason", async () => {
    expect((await postLead({ configurationId: sourceId, phoneNumber: phone() }, {}, "wrong-secret")).status).toBe(401);
    const badPhone = await postLead({ configurationId: sourceId, phoneNumber: "555-1234" });
    expect(badPhone.status).toBe(400);
    expect(badPhone.body.errors.map((e: { path: string }) => e.path)).toEqual(["phoneNumber"]);
    const badFields = await postLead({
      configurationId: sourceId,
      phoneNumber: phone(),
      "not a name": "x",
      nested: { a: 1 },
    });
    expect(badFields.status).toBe(400);
    expect(badFields.body.errors.map((e: { path: string }) => e.path).toSorted()).toEqual(["nested", "not a name"]);
    // Another organization's source is not this one's.
    const stranger = await createOrganization();
    const theirs = await callRoute(leadSourcesRoute.POST, "POST", "/", {
      token: stranger.admin.token,
      body: { name: "Theirs", starterMessage: "Hello" },
    });
    const borrowed = await postLead({ configurationId: theirs.body.data._id, phoneNumber: phone() });
    expect(borrowed.status).toBe(400);
    expect(await db.lead.count({ where: { organizationId: world.organization.id } })).toBe(0);
  });

  it("lets managers and admins manage lead sources; agents and other organizations cannot", async () => {
    const body = { name: "Open house", starterMessage: "Thanks for visiting!" };
    expect((await callRoute(leadSourcesRoute.POST, "POST", "/", { token: world.agent.token, body })).status).toBe(403);
    expect((await callRoute(leadSourcesRoute.GET, "GET", "/", { token: world.agent.token })).status).toBe(403);
    const stranger = await createOrganization();
    const patch = await callRoute(leadSourceRoute.PATCH, "PATCH", "/", {
      token: stranger.admin.token,
      params: { id: sourceId },
      body: { name: "Mine" },
    });
    expect(patch.status).toBe(404);
    const list = await callRoute(leadSourcesRoute.GET, "GET", "/", { token: world.admin.token });
    expect(list.body.leadSources.map((s: { name: string }) => s.name)).toEqual(["Website form"]);
  });
});
