import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import type { ChannelType, Role, SenderType } from "@/lib/generated/prisma/enums";
import { objectId } from "@/lib/ids";
import { createApiToken } from "@/lib/tokens/api-tokens";

// Each test builds its own organization with unique emails, so tests never share rows.

const unique = () => randomBytes(5).toString("hex");

export type TestUser = { id: string; email: string; fullName: string; role: Role; token: string };

export async function createUser(organizationId: string, role: Role, fullName = `${role} ${unique()}`) {
  const user = await db.user.create({
    data: { organizationId, role, fullName, email: `${unique()}@test.example`, passwordHash: "unused" },
  });
  const { token } = await createApiToken({ userId: user.id, name: "test" });
  return { id: user.id, email: user.email, fullName: user.fullName, role: user.role, token } satisfies TestUser;
}

export async function createOrganization() {
  const organization = await db.organization.create({ data: { name: `Org ${unique()}` } });
  const [admin, manager, agent, otherAgent] = await Promise.all([
    createUser(organization.id, "ADMIN"),
    createUser(organization.id, "MANAGER"),
    createUser(organization.id, "AGENT"),
    createUser(organization.id, "AGENT"),
  ]);
  const contact = await createContact(organization.id);
  return { organization, admin, manager, agent, otherAgent, contact };
}

export async function createContact(organizationId: string) {
  return db.contact.create({
    data: { organizationId, fullName: `Contact ${unique()}`, phone: `+1555${Math.floor(Math.random() * 1e7)}` },
  });
}

type MessageSpec = {
  isIncoming?: boolean;
  body?: string;
  senderType?: SenderType;
  userId?: string | null;
  stamp?: { type: string; automationName: string; fieldsExtracted: string[]; actions: string[] };
};

export async function createConversation(options: {
  organizationId: string;
  contactId: string;
  ownerId?: string | null;
  assigneeIds?: string[];
  channelType?: ChannelType;
  messages?: MessageSpec[];
  lastMessageTime?: Date;
}) {
  const channelType = options.channelType ?? "sms";
  const channelIdentifier = "+15550001111";
  const start = (options.lastMessageTime ?? new Date()).getTime() - (options.messages?.length ?? 0) * 1000;
  const messages = (options.messages ?? []).map((m, i) => {
    const createdAt = new Date(start + (i + 1) * 1000);
    return {
      id: objectId(createdAt),
      contactId: options.contactId,
      userId: m.userId ?? null,
      isIncoming: m.isIncoming ?? false,
      body: m.body ?? `message ${i}`,
      channelType,
      channelIdentifier,
      status: m.isIncoming ? ("received" as const) : ("delivered" as const),
      senderType: m.senderType ?? (m.isIncoming ? "CONTACT" : "USER"),
      stampType: m.stamp?.type ?? null,
      automationName: m.stamp?.automationName ?? null,
      fieldsExtracted: m.stamp?.fieldsExtracted ?? [],
      actions: m.stamp?.actions ?? [],
      createdAt,
    };
  });
  const latest = messages.at(-1);
  const lastIncoming = messages.filter((m) => m.isIncoming).at(-1);
  const conversation = await db.conversation.create({
    data: {
      organizationId: options.organizationId,
      contactId: options.contactId,
      userId: options.ownerId ?? null,
      channelType,
      channelIdentifier,
      latestMessageId: latest?.id ?? null,
      lastMessageTime: latest?.createdAt ?? options.lastMessageTime ?? new Date(),
      lastIncomingAt: lastIncoming?.createdAt ?? null,
      messageCount: messages.length,
      assignees: { create: (options.assigneeIds ?? []).map((userId) => ({ userId })) },
    },
  });
  if (messages.length > 0) {
    await db.message.createMany({ data: messages.map((m) => ({ ...m, conversationId: conversation.id })) });
  }
  return conversation;
}

/** A conversation of `world` with its own contact: the setup most tests begin with. */
export const conversationOf = (
  world: { organization: { id: string }; contact: { id: string } },
  options: Omit<Parameters<typeof createConversation>[0], "organizationId" | "contactId"> = {},
) => createConversation({ organizationId: world.organization.id, contactId: world.contact.id, ...options });
