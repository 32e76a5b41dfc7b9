import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { objectId } from "@/lib/domain/object-id";
import { Prisma } from "@/lib/generated/prisma/client";
import { serializeConversation } from "@/lib/serializers/conversation";
import { serializeMessage } from "@/lib/serializers/message";
import { conversationInclude } from "@/lib/services/conversation-query";
import { getConversation } from "@/lib/services/conversations";
import { listInbox } from "@/lib/services/inbox";
import { listMessages, messageInclude } from "@/lib/services/messages";
import { createOrganization } from "../support/factories";

// The read endpoints send JSON that PostgreSQL builds (lib/serializers/sql.ts); the writes send
// what the TypeScript serializers build. A client must not be able to tell them apart: for
// generated rows (nulls, JSON nulls, odd attachments, milliseconds, every seen state) both
// must produce the same objects.

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
const json = fc.oneof(
  fc.constant(Prisma.DbNull),
  fc.constant(Prisma.JsonNull),
  fc.jsonValue({ maxDepth: 2 }).filter((v) => v !== null),
);
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
  participants: json,
  source: text,
  leadSource: text,
  isDraft: fc.boolean(),
  isAutopilot: fc.boolean(),
  version: fc.nat({ max: 1000 }),
  createdAt: time,
  seen: fc.option(fc.record({ seenAt: fc.option(time, { nil: null }), markedUnseen: fc.boolean() }), { nil: null }),
  messages: fc.array(message, { maxLength: 4 }),
});

describe("JSON built by PostgreSQL", () => {
  it("equals the TypeScript serializers' output for generated conversations and messages", async () => {
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
          include: conversationInclude(viewer.userId),
        });
        const expected = serializeConversation(row);
        expect(JSON.parse(await getConversation({ viewer, conversationId: created.id }))).toEqual(expected);

        const messageRows = await db.message.findMany({
          where: { conversationId: created.id },
          include: messageInclude,
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        });
        const { messages: sent } = await listMessages({ viewer, conversationId: created.id });
        expect(sent.map((m) => JSON.parse(m))).toEqual(messageRows.map(serializeMessage));

        const inbox = await listInbox({
          viewer,
          filters: { view: "all", status: spec.isResolved ? "resolved" : "open" },
          limit: 500,
        });
        const inboxRow = inbox.rows.map((r) => JSON.parse(r)).find((r) => r._id === created.id);
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
        });
      }),
      { numRuns: 40 },
    );
  });
});
