import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { conversationJsonSchema, resolutionJsonSchema } from "@/lib/conversations/json";
import { getConversation, listContactConversations } from "@/lib/conversations/read";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { objectId } from "@/lib/ids";
import { inboxRowJsonSchema } from "@/lib/inbox/json";
import { listInbox } from "@/lib/inbox/list";
import { messageJsonSchema } from "@/lib/messages/json";
import { streamMessages } from "@/lib/messages/list";
import { callRoute } from "../support/call-route";
import { createOrganization } from "../support/factories";
import { readMessages } from "../support/messages";
import { isUpdatedFor } from "../support/seen-oracle";
import * as routes from "./routes";

// Each resource's JSON has one implementation, built by PostgreSQL for reads and writes alike
// (lib/conversations/json.ts, lib/messages/json.ts, lib/inbox/json.ts). These tests hold it to the
// reference's examples and to the contract (../shared/product/API.md): every answer parses with
// the strict schema, its text is compact and in the schema's key order, and each value is the
// stored one (the seen rule against a plain TypeScript oracle).

/** Parses an answer's text with the contract's strict schema, and checks that the text is compact
 *  (no white space outside strings) and that every object's keys come in the schema's order (a
 *  strict schema's output follows its shape; JSON.stringify keeps each object's own order). */
function expectContractText(text: string, schema: { parse: (value: unknown) => unknown }) {
  const value = JSON.parse(text);
  expect(paddingOutsideStrings(text)).toBe(0);
  expect(JSON.stringify(schema.parse(value))).toBe(JSON.stringify(value));
  return value;
}

function paddingOutsideStrings(text: string): number {
  let inString = false;
  let padding = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === " " || ch === "\n" || ch === "\t" || ch === "\r") padding++;
  }
  return padding;
}

describe("the reference's examples", () => {
  // Ids, names and times from the reference's "Get messages" and "Retrieve a conversation" examples.
  const ids = {
    conversation: "6934c2d26c75ebcd6439f140",
    contact: "69348e7b7e62b453609a197a",
    user: "68cd6b13f5b13e3d2da22e8f",
    process: "68ce650fbb408b94941a43d2",
    first: "6934c2d26c75ebcd6439f143",
    latest: "6934da797e62b453609a438b",
  };
  const referenceMessages = {
    messages: [
      {
        _id: ids.first,
        isIncoming: false,
        body: "Hey",
        channelType: "sms",
        channelIdentifier: "+15879897422",
        status: "delivered",
        senderType: "AI",
        userId: { _id: ids.user, fullName: "Tether Dev" },
        contactId: ids.contact,
        attachments: [],
        systemStamp: { fieldsExtracted: [], actions: [] },
        createdAt: "2025-12-06T23:57:06.692Z",
      },
      {
        _id: ids.latest,
        isIncoming: false,
        body: "",
        channelType: "sms",
        channelIdentifier: "+15879897422",
        status: "delivered",
        senderType: "SYSTEM",
        userId: { _id: ids.user, fullName: "Tether Dev" },
        contactId: ids.contact,
        attachments: [],
        systemStamp: {
          type: "automation",
          automationName: "Lead follow-up",
          fieldsExtracted: ["firstName"],
          actions: ["create_lead"],
        },
        createdAt: "2025-12-07T01:38:01.438Z",
      },
    ],
  };
  const referenceConversation = {
    _id: ids.conversation,
    contactId: ids.contact,
    process: ids.process,
    isAutopilot: true,
    source: "Outbound Message",
    leadSource: "any",
    userId: ids.user,
    assignees: [],
    channelType: "sms",
    channelIdentifier: "+15879897422",
    isUpdated: false,
    isResolved: true,
    lastMessageTime: "2025-12-07T01:38:01.509Z",
    createdAt: "2025-12-06T23:57:06.536Z",
    updatedAt: "2025-12-10T12:03:06.524Z",
    __v: 0,
    latestMessage: ids.latest,
    resolvedAt: "2025-12-10T12:03:06.508Z",
  };
  let reader: Viewer;
  let token: string;

  beforeAll(async () => {
    const own = await createOrganization();
    token = own.manager.token;
    reader = { userId: own.manager.id, organizationId: own.organization.id, role: "MANAGER", via: "token" };
    await db.user.create({
      data: {
        id: ids.user,
        organizationId: own.organization.id,
        fullName: "Tether Dev",
        email: `dev-${objectId()}@test.example`,
        passwordHash: "unused",
      },
    });
    await db.contact.create({ data: { id: ids.contact, organizationId: own.organization.id, fullName: "Lead" } });
    const c = referenceConversation;
    await db.conversation.create({
      data: {
        id: c._id,
        organizationId: own.organization.id,
        contactId: c.contactId,
        process: c.process,
        isAutopilot: c.isAutopilot,
        source: c.source,
        leadSource: c.leadSource,
        userId: c.userId,
        channelType: "sms",
        channelIdentifier: c.channelIdentifier,
        isResolved: c.isResolved,
        lastMessageTime: new Date(c.lastMessageTime),
        createdAt: new Date(c.createdAt),
        updatedAt: new Date(c.updatedAt),
        latestMessageId: c.latestMessage,
        resolvedAt: new Date(c.resolvedAt),
        messageCount: 2,
      },
    });
    await db.message.createMany({
      data: referenceMessages.messages.map((m) => ({
        id: m._id,
        conversationId: c._id,
        contactId: m.contactId,
        userId: m.userId._id,
        isIncoming: m.isIncoming,
        body: m.body,
        channelType: "sms" as const,
        channelIdentifier: m.channelIdentifier,
        status: "delivered" as const,
        senderType: m.senderType as "AI",
        stampType: m.systemStamp.type ?? null,
        automationName: m.systemStamp.automationName ?? null,
        fieldsExtracted: m.systemStamp.fieldsExtracted,
        actions: m.systemStamp.actions,
        createdAt: new Date(m.createdAt),
      })),
    });
  });

  it("sends the messages example byte for byte", async () => {
    const response = await callRoute(routes.messages.POST, "POST", "/api/conversation/messages", {
      token,
      body: { conversationId: ids.conversation },
    });
    expect(response.status).toBe(200);
    expect(response.text).toBe(JSON.stringify(referenceMessages));
    const messages = await readMessages(await streamMessages({ viewer: reader, conversationId: ids.conversation }));
    for (const message of messages) expectContractText(message, messageJsonSchema);
  });

  it("sends the conversation example's values, with every contract field, in the contract's order", async () => {
    const text = await getConversation({ viewer: reader, conversationId: ids.conversation });
    const conversation = expectContractText(text, conversationJsonSchema);
    expect(conversation).toEqual({
      ...referenceConversation,
      organizationId: reader.organizationId,
      subject: null,
      provider: null,
      emailAccountId: null,
      participants: null,
      isDraft: false,
      messageCount: 2,
    });
    // (Our last keys only where they say something: resolvedBy on a conversation resolved by
    // someone known, visitor on a webchat visitor's, labels on a labelled one, snooze on a snoozed one; not this one.)
    expect(Object.keys(conversation)).toEqual(
      Object.keys(conversationJsonSchema.shape).filter(
        (k) => !["resolvedBy", "visitor", "labels", "snooze"].includes(k),
      ),
    );
  });

  it("answers resolve with the example's three fields", async () => {
    const response = await callRoute(routes.resolve.PUT, "PUT", `/api/conversation/${ids.conversation}/resolve`, {
      token,
      params: { id: ids.conversation },
      body: { isResolved: true },
    });
    expect(response.status).toBe(200);
    expect(Object.keys(response.body)).toEqual(["message", "data"]);
    expect(resolutionJsonSchema.parse(response.body.data)).toEqual({
      _id: ids.conversation,
      isResolved: true,
      resolvedAt: referenceConversation.resolvedAt, // resolving again keeps the first time
    });
  });
});

let world: Awaited<ReturnType<typeof createOrganization>>;
let viewer: Viewer;

beforeAll(async () => {
  world = await createOrganization();
  viewer = { userId: world.manager.id, organizationId: world.organization.id, role: "MANAGER", via: "token" };
});

const time = fc.date({
  min: new Date("2001-01-01T00:00:00Z"),
  max: new Date("2099-12-31T23:59:59Z"),
  noInvalidDate: true,
});
const text = fc.option(fc.string({ maxLength: 20 }), { nil: null });
const message = fc.record({
  isIncoming: fc.boolean(),
  body: fc.string({ maxLength: 30 }),
  status: fc.constantFrom("sent", "delivered", "received", "failed") as fc.Arbitrary<"sent">,
  senderType: fc.constantFrom("CONTACT", "USER", "AI", "SYSTEM") as fc.Arbitrary<"USER">,
  byUser: fc.boolean(),
  attachments: fc.oneof(
    fc.constant([]),
    fc.array(fc.record({ url: fc.webUrl(), name: fc.string({ maxLength: 10 }), size: fc.nat() }), { maxLength: 2 }),
    fc.constant({ not: "an array" }),
  ),
  stampType: text,
  automationName: text,
  fieldsExtracted: fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
  actions: fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
  createdAt: time,
});
const conversation = fc.record({
  channelType: fc.constantFrom("sms", "email", "facebook", "webchat") as fc.Arbitrary<"sms">,
  owned: fc.boolean(),
  assigned: fc.subarray(["manager", "agent", "otherAgent"] as const),
  lastIncomingAt: fc.option(time, { nil: null }),
  resolvedAt: fc.option(time, { nil: null }),
  isResolved: fc.boolean(),
  subject: text,
  provider: text,
  emailAccountId: text,
  // What we write: people copied on an email (lib/channels/email/receive.ts), or none.
  participants: fc.oneof(
    fc.constant(Prisma.DbNull),
    fc.constant(Prisma.JsonNull),
    fc.array(fc.record({ email: fc.string({ maxLength: 20 }), name: fc.string({ maxLength: 10 }) }), { maxLength: 3 }),
  ),
  source: text,
  leadSource: text,
  isDraft: fc.boolean(),
  isAutopilot: fc.boolean(),
  version: fc.nat({ max: 1000 }),
  createdAt: time,
  seen: fc.option(fc.record({ seenAt: fc.option(time, { nil: null }), markedUnseen: fc.boolean() }), { nil: null }),
  messages: fc.array(message, { maxLength: 4 }),
});

describe("JSON for generated rows", () => {
  it("parses with the strict schemas, is compact and holds the stored values, in every read", async () => {
    await fc.assert(
      fc.asyncProperty(conversation, async (spec) => {
        const messages = spec.messages.map((m) => ({ ...m, id: objectId(m.createdAt) }));
        const latest = [...messages].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()).at(-1);
        const created = await db.conversation.create({
          data: {
            organizationId: world.organization.id,
            contactId: world.contact.id,
            userId: spec.owned ? world.agent.id : null,
            channelType: spec.channelType,
            channelIdentifier: "+15550001111",
            latestMessageId: latest?.id ?? null,
            lastMessageTime: latest?.createdAt ?? spec.createdAt,
            lastIncomingAt: spec.lastIncomingAt,
            isResolved: spec.isResolved,
            resolvedAt: spec.resolvedAt,
            subject: spec.subject,
            provider: spec.provider,
            emailAccountId: spec.emailAccountId,
            participants: spec.participants,
            source: spec.source,
            leadSource: spec.leadSource,
            isDraft: spec.isDraft,
            isAutopilot: spec.isAutopilot,
            version: spec.version,
            messageCount: messages.length,
            createdAt: spec.createdAt,
            assignees: { create: spec.assigned.map((who) => ({ userId: world[who].id })) },
            seenStates: spec.seen ? { create: { userId: viewer.userId, ...spec.seen } } : undefined,
            messages: {
              create: messages.map(({ byUser, ...m }) => ({
                ...m,
                contactId: world.contact.id,
                userId: byUser ? world.agent.id : null,
                channelType: spec.channelType,
                channelIdentifier: "+15550001111",
              })),
            },
          },
        });

        const row = await db.conversation.findUniqueOrThrow({
          where: { id: created.id },
          include: {
            assignees: { orderBy: [{ createdAt: "asc" }, { userId: "asc" }], include: { user: true } },
            seenStates: { where: { userId: viewer.userId } },
          },
        });
        const expected = storedConversation(row);
        const text = await getConversation({ viewer, conversationId: created.id });
        expect(expectContractText(text, conversationJsonSchema)).toEqual(expected);
        const byContact = await listContactConversations({
          viewer,
          contactId: world.contact.id,
          channelType: spec.channelType,
        });
        expect(byContact).toContain(text);

        const messageRows = await db.message.findMany({
          where: { conversationId: created.id },
          include: { user: true },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        });
        const sent = await readMessages(await streamMessages({ viewer, conversationId: created.id }));
        expect(sent.map((m) => expectContractText(m, messageJsonSchema))).toEqual(messageRows.map(storedMessage));

        const inbox = await listInbox({
          viewer,
          filters: { view: "all", status: spec.isResolved ? "resolved" : "open" },
          limit: 500,
        });
        const inboxText = inbox.rows.find((r) => r.startsWith(`{"_id":"${created.id}"`)) ?? "{}";
        const inboxRow = expectContractText(inboxText, inboxRowJsonSchema);
        const newest = messageRows.find((m) => m.id === latest?.id);
        expect(inboxRow).toEqual({
          ...expected,
          contact: {
            _id: world.contact.id,
            fullName: world.contact.fullName,
            phone: world.contact.phone,
            email: world.contact.email,
          },
          preview: newest
            ? {
                _id: newest.id,
                body: newest.body,
                isIncoming: newest.isIncoming,
                senderType: newest.senderType,
                automationName: newest.automationName,
                actions: newest.actions,
                attachmentCount: Array.isArray(newest.attachments) ? newest.attachments.length : 0,
                createdAt: newest.createdAt.toISOString(),
              }
            : null,
          // (No draft: these are made without one; tests/drafts covers them. No labels: tests/labels.)
          draft: null,
          labels: [],
        });
      }),
      { numRuns: 40 },
    );
  });
});

type StoredConversation = Prisma.ConversationGetPayload<{
  include: { assignees: { include: { user: true } }; seenStates: true };
}>;

// The contract's conversation object, written plainly from a stored row: the test's oracle.
function storedConversation(row: StoredConversation) {
  const iso = (date: Date | null) => date?.toISOString() ?? null;
  return {
    _id: row.id,
    organizationId: row.organizationId,
    userId: row.userId,
    assignees: row.assignees.map(({ user }) => ({ _id: user.id, fullName: user.fullName, email: user.email })),
    channelType: row.channelType,
    channelIdentifier: row.channelIdentifier,
    latestMessage: row.latestMessageId,
    lastMessageTime: iso(row.lastMessageTime),
    isResolved: row.isResolved,
    resolvedAt: iso(row.resolvedAt),
    subject: row.subject,
    provider: row.provider,
    emailAccountId: row.emailAccountId,
    participants: row.participants ?? null,
    isDraft: row.isDraft,
    messageCount: row.messageCount,
    contactId: row.contactId,
    process: row.process,
    isAutopilot: row.isAutopilot,
    source: row.source,
    leadSource: row.leadSource,
    isUpdated: isUpdatedFor(row, row.seenStates[0]),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    __v: row.version,
  };
}

function storedMessage(row: Prisma.MessageGetPayload<{ include: { user: true } }>) {
  return {
    _id: row.id,
    isIncoming: row.isIncoming,
    body: row.body,
    channelType: row.channelType,
    channelIdentifier: row.channelIdentifier,
    status: row.status,
    senderType: row.senderType,
    userId: row.user ? { _id: row.user.id, fullName: row.user.fullName } : null,
    contactId: row.contactId,
    attachments: Array.isArray(row.attachments) ? row.attachments : [],
    systemStamp: {
      ...(row.stampType !== null && { type: row.stampType }),
      ...(row.automationName !== null && { automationName: row.automationName }),
      fieldsExtracted: row.fieldsExtracted,
      actions: row.actions,
    },
    createdAt: row.createdAt.toISOString(),
  };
}
