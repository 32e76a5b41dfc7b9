import { randomBytes } from "node:crypto";
import { hashToken, newApiToken } from "@/lib/auth/api-token";
import { hashPassword } from "@/lib/auth/password";
import { prismaFor } from "@/lib/db/script-client";
import type { ChannelType, Role, SenderType } from "@/lib/generated/prisma/enums";
import { objectId } from "@/lib/ids";

// Each test seeds an organization of its own (unique emails and names), so tests run in parallel.

export const PASSWORD = "e2e-password";
const prisma = prismaFor(process.env.E2E_DATABASE_URL ?? "");
const passwordHash = hashPassword(PASSWORD);
const unique = () => randomBytes(4).toString("hex");

export type SeededUser = { id: string; email: string; fullName: string; role: Role };

export async function seedOrganization() {
  const tag = unique();
  const inboundSecret = `secret-${tag}`;
  const organization = await prisma.organization.create({
    data: { name: `E2E ${tag}`, inboundSecretHash: hashToken(inboundSecret) },
  });
  const user = async (role: Role, first: string): Promise<SeededUser> =>
    prisma.user.create({
      data: {
        organizationId: organization.id,
        role,
        fullName: `${first} ${tag}`,
        email: `${first.toLowerCase()}-${tag}@e2e.test`,
        passwordHash: await passwordHash,
      },
      select: { id: true, email: true, fullName: true, role: true },
    });
  const admin = await user("ADMIN", "Ada");
  const manager = await user("MANAGER", "Maya");
  const agent = await user("AGENT", "Alex");
  const otherAgent = await user("AGENT", "Olive");
  return { organization, tag, inboundSecret, admin, manager, agent, otherAgent };
}

type Line = {
  from: "contact" | "agent" | "ai" | "system";
  body?: string;
  stamp?: { automationName: string; fieldsExtracted: string[]; actions: string[] };
};

export async function seedThread(options: {
  organizationId: string;
  contactName: string;
  phone?: string;
  email?: string;
  channelType?: ChannelType;
  ownerId?: string;
  assigneeIds?: string[];
  resolved?: boolean;
  minutesAgo?: number;
  lines?: Line[];
  contactId?: string;
  /** An email thread's subject. */
  subject?: string;
}) {
  const channelType = options.channelType ?? "sms";
  const contact = options.contactId
    ? { id: options.contactId }
    : await prisma.contact.create({
        data: {
          organizationId: options.organizationId,
          fullName: options.contactName,
          phone: options.phone ?? `+1555${Math.floor(1e6 + Math.random() * 8e6)}`,
          email: options.email ?? null,
        },
      });
  const identifier =
    channelType === "email" ? (options.email ?? "someone@e2e.test") : (options.phone ?? `+1555${unique()}`);
  const lines = options.lines ?? [{ from: "contact", body: `Hello from ${options.contactName}` }];
  const end = Date.now() - (options.minutesAgo ?? 1) * 60_000;
  const messages = lines.map((line, i) => {
    const createdAt = new Date(end - (lines.length - 1 - i) * 60_000);
    const senderType: SenderType = ({ contact: "CONTACT", agent: "USER", ai: "AI", system: "SYSTEM" } as const)[
      line.from
    ];
    return {
      id: objectId(createdAt),
      contactId: contact.id,
      userId: line.from === "contact" ? null : (options.ownerId ?? null),
      isIncoming: line.from === "contact",
      body: line.body ?? "",
      channelType,
      channelIdentifier: identifier,
      status: line.from === "contact" ? ("received" as const) : ("delivered" as const),
      senderType,
      stampType: line.stamp ? "automation" : null,
      automationName: line.stamp?.automationName ?? null,
      fieldsExtracted: line.stamp?.fieldsExtracted ?? [],
      actions: line.stamp?.actions ?? [],
      createdAt,
    };
  });
  const latest = messages.at(-1)!;
  const lastIncoming = messages.filter((m) => m.isIncoming).at(-1);
  const conversation = await prisma.conversation.create({
    data: {
      organizationId: options.organizationId,
      contactId: contact.id,
      userId: options.ownerId ?? null,
      channelType,
      channelIdentifier: identifier,
      subject: options.subject ?? null,
      latestMessageId: latest.id,
      lastMessageTime: latest.createdAt,
      lastIncomingAt: lastIncoming?.createdAt ?? null,
      messageCount: messages.length,
      isResolved: options.resolved ?? false,
      resolvedAt: options.resolved ? new Date() : null,
      assignees: { create: (options.assigneeIds ?? []).map((userId) => ({ userId })) },
    },
  });
  await prisma.message.createMany({ data: messages.map((m) => ({ ...m, conversationId: conversation.id })) });
  return { conversationId: conversation.id, contactId: contact.id, channelIdentifier: identifier };
}

export async function seedLongThread(options: {
  organizationId: string;
  contactName: string;
  ownerId: string;
  count: number;
}) {
  const thread = await seedThread({ ...options, lines: [{ from: "contact", body: "first" }] });
  const start = Date.now() - options.count * 60_000 - 120_000;
  const rows = Array.from({ length: options.count }, (_, i) => {
    const createdAt = new Date(start + i * 60_000);
    return {
      id: objectId(createdAt),
      conversationId: thread.conversationId,
      contactId: thread.contactId,
      isIncoming: i % 2 === 0,
      body: `Message number ${i}`,
      channelType: "sms" as const,
      channelIdentifier: thread.channelIdentifier,
      status: i % 2 === 0 ? ("received" as const) : ("delivered" as const),
      senderType: i % 2 === 0 ? ("CONTACT" as const) : ("USER" as const),
      userId: i % 2 === 0 ? null : options.ownerId,
      createdAt,
    };
  });
  for (let i = 0; i < rows.length; i += 1000) await prisma.message.createMany({ data: rows.slice(i, i + 1000) });
  const last = rows.at(-1)!;
  await prisma.conversation.update({
    where: { id: thread.conversationId },
    data: { latestMessageId: last.id, lastMessageTime: last.createdAt, messageCount: options.count + 1 },
  });
  return thread;
}

export { prisma };

/** An API token of this person's, for a change made "elsewhere" (another client) in a test. */
export async function apiTokenOf(userId: string): Promise<string> {
  const { token, tokenHash, prefix } = newApiToken();
  await prisma.apiToken.create({ data: { userId, name: "e2e", tokenHash, prefix } });
  return token;
}

/** A thread of the test's organization, its contact called `name` and the test's tag. */
export const threadOf = (
  org: { organization: { id: string }; tag: string },
  name: string,
  options: Omit<Parameters<typeof seedThread>[0], "organizationId" | "contactName"> = {},
) => seedThread({ organizationId: org.organization.id, contactName: `${name} ${org.tag}`, ...options });
