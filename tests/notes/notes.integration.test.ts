import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as channelsRoute from "@/app/api/channels/route";
import * as replyRoute from "@/app/api/conversation/[id]/messages/route";
import * as noteRoute from "@/app/api/conversation/[id]/notes/[messageId]/route";
import * as notesRoute from "@/app/api/conversation/[id]/notes/route";
import * as presenceRoute from "@/app/api/conversation/[id]/presence/route";
import * as conversationRoute from "@/app/api/conversation/[id]/route";
import * as messagesRoute from "@/app/api/conversation/messages/route";
import * as seenRoute from "@/app/api/conversation/seen/route";
import * as readRoute from "@/app/api/mentions/read/route";
import * as mentionsRoute from "@/app/api/mentions/route";
import * as endpointsRoute from "@/app/api/webhooks/endpoints/route";
import { handlePendingEvents } from "@/lib/automations/engine";
import { db, pool } from "@/lib/db/client";
import { eventHub } from "@/lib/events/hub";
import { messageJsonSchema } from "@/lib/messages/json";
import { mentionsPageSchema } from "@/lib/notes/schemas";
import { dispatchPendingEvents } from "@/lib/webhooks/dispatch";
import { webhookEventNames } from "@/lib/webhooks/events";
import { callRoute } from "../support/call-route";
import { openEventStream } from "../support/event-stream";
import { conversationOf, createOrganization, createUser } from "../support/factories";
import { type FakeTwilio, startFakeTwilio } from "../support/fake-twilio";
import { startReceiver } from "../support/receiver";
import { connectWidget, visit, visitorEvents, widget, workOutbound, write } from "../webchat/support";

// Private notes and mentions on real PostgreSQL, through the routes: what a note is in the JSON and
// in the conversation, that it never reaches a contact by any road, who may write, delete and read
// it, and what a mention gives and takes away.

const ACCOUNT = { accountSid: `AC${"c3".repeat(16)}`, authToken: "notes-auth-token-0123456789abcdef" };

let twilio: FakeTwilio;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
beforeAll(async () => {
  twilio = await startFakeTwilio(ACCOUNT);
  receiver = await startReceiver();
  process.env.TWILIO_API_BASE = twilio.url; // read by lib/env.ts on first use, after this
});
afterAll(async () => {
  await eventHub().stop();
  await twilio.stop();
  await receiver.stop();
});

let world: Awaited<ReturnType<typeof createOrganization>>;
beforeEach(async () => {
  world = await createOrganization();
});

const note = (token: string, conversationId: string, body: string, mentions?: string[]) =>
  callRoute(notesRoute.POST, "POST", "/", { token, params: { id: conversationId }, body: { body, mentions } });
const reply = (token: string, conversationId: string, body: string) =>
  callRoute(replyRoute.POST, "POST", "/", { token, params: { id: conversationId }, body: { body } });
const read = (token: string, conversationId: string) =>
  callRoute(conversationRoute.GET, "GET", "/", { token, params: { id: conversationId } });
const messagesOf = async (token: string, conversationId: string) =>
  (await callRoute(messagesRoute.POST, "POST", "/", { token, body: { conversationId } })).body.messages as {
    _id: string;
    body: string;
    private?: true;
  }[];
const mentionsOf = async (token: string) => {
  const res = await callRoute(mentionsRoute.GET, "GET", "/", { token });
  expect(res.status).toBe(200);
  return mentionsPageSchema.parse(res.body);
};

describe("a note", () => {
  it("is a private message that leaves the conversation's contact-facing state as it was", async () => {
    const conversation = await conversationOf(world, { ownerId: world.agent.id, messages: [{ isIncoming: true }] });
    const waitingSince = new Date(Date.now() - 60_000);
    await db.conversation.update({ where: { id: conversation.id }, data: { waitingSince, isAutopilot: true } });
    const before = (await read(world.agent.token, conversation.id)).body.data;

    const res = await note(world.agent.token, conversation.id, "  Called them: wants the blue one  ");
    expect(res.status).toBe(201);
    const written = messageJsonSchema.parse(res.body.data);
    expect(written).toMatchObject({
      body: "Called them: wants the blue one",
      senderType: "USER",
      isIncoming: false,
      userId: { _id: world.agent.id },
      private: true,
      mentions: [],
    });
    // Our keys last: the reference's keys first, in its order, as on every other message.
    expect(Object.keys(res.body.data).slice(-2)).toEqual(["private", "mentions"]);

    const after = (await read(world.agent.token, conversation.id)).body.data;
    expect(after).toMatchObject({
      latestMessage: before.latestMessage,
      lastMessageTime: before.lastMessageTime,
      messageCount: before.messageCount + 1,
      isAutopilot: true,
    });
    // The contact still waits for an answer: a note is none.
    const stored = await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } });
    expect(stored).toMatchObject({ waitingSince, firstResponseAt: null });
    const listed = await messagesOf(world.agent.token, conversation.id);
    expect(listed.at(-1)).toEqual(res.body.data);
    // Every other message keeps the reference's shape, without our keys.
    for (const message of listed.slice(0, -1)) expect(message).not.toHaveProperty("private");
  });

  it("refuses what is not a note, and mentions of people who are not the organization's active ones", async () => {
    const conversation = await conversationOf(world, { ownerId: world.agent.id });
    const other = await createOrganization();
    const gone = await createUser(world.organization.id, "AGENT");
    await db.user.update({ where: { id: gone.id }, data: { deactivatedAt: new Date() } });
    for (const body of [{}, { body: "   " }, { body: "x".repeat(5001) }, { body: 3 }, { body: "hi", mentions: "x" }]) {
      const res = await callRoute(notesRoute.POST, "POST", "/", {
        token: world.agent.token,
        params: { id: conversation.id },
        body,
      });
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    const twice = await note(world.agent.token, conversation.id, "hi", [world.manager.id, world.manager.id]);
    expect(twice.status).toBe(400);
    for (const outsider of [other.agent.id, gone.id, "0123456789abcdef01234567"]) {
      const res = await note(world.agent.token, conversation.id, "hi", [world.manager.id, outsider]);
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ path: "mentions.1", message: "not an active person of this organization" }]);
    }
    // Nothing was kept of the refused notes.
    expect(await db.message.count({ where: { conversationId: conversation.id, isPrivate: true } })).toBe(0);
    expect(await db.mention.count({ where: { conversationId: conversation.id } })).toBe(0);
    // An agent who cannot read the conversation learns nothing of ids: 404 first.
    const probe = await note(world.otherAgent.token, conversation.id, "hi", [other.agent.id]);
    expect(probe.status).toBe(404);
  });

  it("never reaches a contact: no provider, no visitor's answer or stream, no webhook, no automation", async () => {
    const SECRET = `note-${Math.random().toString(36).slice(2)}-do-not-send`;
    const connected = await callRoute(channelsRoute.POST, "POST", "/", {
      token: world.admin.token,
      body: { provider: "twilio", name: "Main line", ...ACCOUNT, fromNumber: "+15550008888" },
    });
    expect(connected.status).toBe(201);
    const endpoint = await callRoute(endpointsRoute.POST, "POST", "/", {
      token: world.admin.token,
      body: { url: receiver.url, events: webhookEventNames },
    });
    expect(endpoint.status).toBe(200);
    const sms = await conversationOf(world, { ownerId: world.agent.id, messages: [{ isIncoming: true }] });

    const chat = await connectWidget(world.admin.token);
    const visitor = await visit(chat.publicId);
    // Their stream before their first message, which it hears (opened after, it might or not).
    const heard = await visitorEvents(chat.publicId, visitor);
    expect((await write(chat.publicId, visitor, "Hello?")).status).toBe(201);
    await heard.readUntil((event) => event.event === "message");
    const webchat = await db.conversation.findFirstOrThrow({
      where: { organizationId: world.organization.id, channelType: "webchat" },
    });

    const notes = [
      await note(world.agent.token, sms.id, `${SECRET} (sms)`, [world.manager.id]),
      await note(world.admin.token, webchat.id, `${SECRET} (webchat)`, [world.agent.id]),
    ];
    for (const res of notes) expect(res.status).toBe(201);
    // Then a reply in each, which does go out: the roads below are open, and carry only it.
    const replies = [
      await reply(world.agent.token, sms.id, "Public answer (sms)"),
      await reply(world.admin.token, webchat.id, "Public answer (webchat)"),
    ];
    for (const res of replies) expect(res.status).toBe(201);
    for (const res of replies) await workOutbound(res.body.data._id);

    // No job of any queue names a note.
    const { rows: jobs } = await pool().query(`SELECT name FROM pgboss.job WHERE data::text LIKE ANY($1)`, [
      notes.map((res) => `%${res.body.data._id}%`),
    ]);
    expect(jobs).toEqual([]);
    // The provider got the reply, and only it.
    expect(twilio.messages.map((m) => m.body)).toEqual(["Public answer (sms)"]);

    // The visitor's stream, up to an agent's typing after all that: of messages, it heard of the
    // reply handed to them only (and that agents read the thread).
    const typing = await callRoute(presenceRoute.POST, "POST", "/", {
      token: world.admin.token,
      params: { id: webchat.id },
      body: { state: "typing" },
    });
    expect(typing.status).toBe(204);
    const events = await heard.readUntil((event) => event.event === "typing");
    expect(events.filter((event) => event.event !== "seen").map((event) => event.event)).toEqual(["message", "typing"]);
    heard.close();
    const page = await widget("GET", chat.publicId, "messages", { token: visitor });
    expect(page.status).toBe(200);
    expect(page.text).not.toContain(SECRET);
    expect(page.body.messages.map((m: { body: string }) => m.body)).toEqual(["Hello?", "Public answer (webchat)"]);

    // Webhooks of every kind, after the automations had their turn: the reply, never the note.
    while ((await handlePendingEvents()) > 0) {}
    while ((await dispatchPendingEvents()) > 0) {}
    const deliveries = await db.webhookDelivery.findMany({ where: { endpointId: endpoint.body.data._id } });
    const payloads = deliveries.map((delivery) => delivery.payload).join("\n");
    expect(payloads).toContain("Public answer (sms)");
    expect(payloads).not.toContain(SECRET);
    const changes = await db.changeEvent.findMany({
      where: { messageId: { in: notes.map((res) => res.body.data._id) } },
    });
    expect(changes.map((change) => change.kind)).toEqual(["note.created", "note.created"]);
    expect(await db.automationRun.count({ where: { conversationId: { in: [sms.id, webchat.id] } } })).toBe(0);
  });

  it("is deleted by its writer, a manager or an admin, and with it the access its mentions gave", async () => {
    const conversation = await conversationOf(world, { ownerId: world.agent.id });
    const written = await note(world.agent.token, conversation.id, "Can you check the invoice?", [world.otherAgent.id]);
    const noteId = written.body.data._id;
    expect(written.body.data.mentions).toEqual([{ _id: world.otherAgent.id, fullName: world.otherAgent.fullName }]);
    // Compact, as every answer (the mentions are built by PostgreSQL into the message's text).
    expect(written.text).toBe(JSON.stringify(written.body));
    // The participant reads the conversation, writes a note back, and may do nothing else in it.
    expect((await read(world.otherAgent.token, conversation.id)).status).toBe(200);
    const answer = await note(world.otherAgent.token, conversation.id, "Checked: it is paid");
    expect(answer.status).toBe(201);
    expect((await reply(world.otherAgent.token, conversation.id, "Hello")).status).toBe(404);
    const resolve = await callRoute(conversationRoute.PUT, "PUT", "/", {
      token: world.otherAgent.token,
      params: { id: conversation.id },
      body: { isResolved: true },
    });
    expect(resolve.status).toBe(404);

    const remove = (token: string, id: string) =>
      callRoute(noteRoute.DELETE, "DELETE", "/", { token, params: { id: conversation.id, messageId: id } });
    // Not the writer, and an agent: 403. Someone who cannot read it: 404. Not a note: 404.
    expect((await remove(world.otherAgent.token, noteId)).status).toBe(403);
    const outsider = await createOrganization();
    expect((await remove(outsider.admin.token, noteId)).status).toBe(404);
    const plain = await reply(world.agent.token, conversation.id, "A reply");
    expect((await remove(world.admin.token, plain.body.data._id)).status).toBe(404);

    const count = (await read(world.agent.token, conversation.id)).body.data.messageCount;
    expect((await remove(world.agent.token, noteId)).status).toBe(200);
    expect((await read(world.agent.token, conversation.id)).body.data.messageCount).toBe(count - 1);
    expect(await db.mention.count({ where: { messageId: noteId } })).toBe(0);
    // Their own note stays, but it gives them nothing: only a mention does.
    expect((await read(world.otherAgent.token, conversation.id)).status).toBe(404);
    expect((await remove(world.manager.token, answer.body.data._id)).status).toBe(200);
    expect((await remove(world.manager.token, answer.body.data._id)).status).toBe(404);
  });
});

describe("mentions", () => {
  it("tell the person live, list newest first with unread state, and are read by opening the thread", async () => {
    const first = await conversationOf(world, { ownerId: world.agent.id });
    const second = await conversationOf(world, { ownerId: world.agent.id });
    const stream = await openEventStream({ token: world.otherAgent.token });
    if (!stream.ok) throw new Error(`stream: ${stream.status}`);
    const bystander = await openEventStream({ token: world.manager.token });
    if (!bystander.ok) throw new Error(`stream: ${bystander.status}`);

    const one = await note(world.agent.token, first.id, "First, @someone", [world.otherAgent.id]);
    const two = await note(world.manager.token, second.id, "Second", [world.otherAgent.id, world.manager.id]);
    expect(two.body.data.mentions).toEqual([{ _id: world.otherAgent.id, fullName: world.otherAgent.fullName }]);

    // Their stream hears of each mention, and of the note in a conversation they can now read.
    const heard = await stream.readUntil(
      (event) => event.event === "mentions.updated" && event.data.conversationId === second.id,
    );
    expect(heard.filter((event) => event.event === "mentions.updated").map((e) => e.data.conversationId)).toEqual([
      first.id,
      second.id,
    ]);
    expect(heard.some((e) => e.event === "message.created" && e.data.messageId === one.body.data._id)).toBe(true);
    stream.close();
    // Nobody else's stream hears of someone's mentions (the manager reads both notes' messages).
    const other = await bystander.readUntil(
      (event) => event.event === "message.created" && event.data.messageId === two.body.data._id,
    );
    expect(other.some((event) => event.event === "mentions.updated")).toBe(false);
    bystander.close();

    const page = await mentionsOf(world.otherAgent.token);
    expect(page.unread).toBe(2);
    expect(page.mentions.map((m) => [m.conversationId, m.messageId, m.readAt])).toEqual([
      [second.id, two.body.data._id, null],
      [first.id, one.body.data._id, null],
    ]);
    expect(page.mentions[0]).toMatchObject({
      author: { _id: world.manager.id, fullName: world.manager.fullName },
      contact: { _id: world.contact.id, fullName: world.contact.fullName },
      excerpt: "Second",
      channelType: "sms",
    });
    // Paged by a cursor, newest first, without repeats.
    const paged = await callRoute(mentionsRoute.GET, "GET", "/", {
      token: world.otherAgent.token,
      query: { limit: "1" },
    });
    expect(paged.body.mentions.map((m: { _id: string }) => m._id)).toEqual([page.mentions[0]?._id]);
    const next = await callRoute(mentionsRoute.GET, "GET", "/", {
      token: world.otherAgent.token,
      query: { limit: "1", cursor: paged.body.nextCursor },
    });
    expect(next.body).toMatchObject({ mentions: [{ _id: page.mentions[1]?._id }], nextCursor: null });
    const bad = await callRoute(mentionsRoute.GET, "GET", "/", {
      token: world.otherAgent.token,
      query: { cursor: "x" },
    });
    expect(bad.status).toBe(400);

    // Opening a thread reads its mentions; "all read" reads the rest. Someone else's stay theirs.
    const seen = await callRoute(seenRoute.POST, "POST", "/", {
      token: world.otherAgent.token,
      body: { conversationId: first.id },
    });
    expect(seen.status).toBe(200);
    expect((await mentionsOf(world.otherAgent.token)).unread).toBe(1);
    const all = await callRoute(readRoute.POST, "POST", "/", { token: world.otherAgent.token, body: {} });
    expect(all.body).toEqual({ unread: 0 });
    expect((await mentionsOf(world.otherAgent.token)).mentions.every((m) => m.readAt !== null)).toBe(true);
    expect((await mentionsOf(world.agent.token)).mentions).toEqual([]);
  });

  it("are each person's own: nobody reads or marks another's, nor across organizations", async () => {
    const conversation = await conversationOf(world, { ownerId: world.agent.id });
    await note(world.agent.token, conversation.id, "For you", [world.otherAgent.id]);
    const other = await createOrganization();
    for (const token of [world.admin.token, world.manager.token, other.admin.token]) {
      expect((await mentionsOf(token)).mentions).toEqual([]);
      const marked = await callRoute(readRoute.POST, "POST", "/", { token, body: { conversationId: conversation.id } });
      expect(marked.status).toBe(200);
    }
    expect((await mentionsOf(world.otherAgent.token)).unread).toBe(1);
    for (const res of [
      await callRoute(mentionsRoute.GET, "GET", "/", {}),
      await callRoute(readRoute.POST, "POST", "/", { body: {} }),
    ]) {
      expect(res.status).toBe(401);
    }
  });
});
