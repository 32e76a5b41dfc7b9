// Demo data: `npm run db:seed` (idempotent; also run by `npm run dev` on a new embedded database).

import { createHash } from "node:crypto";
import { hashPassword } from "../lib/auth/password";
import { automationTemplates } from "../lib/automations/templates";
import type { PrismaClient } from "../lib/generated/prisma/client";
import type { ChannelType } from "../lib/generated/prisma/enums";
import { objectId } from "../lib/ids";
import {
  DEMO_IDS,
  DEMO_INBOUND_SECRET,
  DEMO_PASSWORD,
  demoContacts,
  demoUsers,
  type Script,
  scripts,
  senderTypeOf,
} from "./demo-data";

const HOUR = 3_600_000;
const MINUTE = 60_000;

/** Seeds the demo organization and a small second one, once. Returns false if already there. */
export async function seedDemo(prisma: PrismaClient): Promise<boolean> {
  const existing = await prisma.user.findUnique({ where: { email: demoUsers[0]!.email } });
  if (existing) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await prisma.$transaction(
    async (tx) => {
      const organizations = [
        await seedOrganization(tx as unknown as PrismaClient, passwordHash),
        await seedSecondOrganization(tx as unknown as PrismaClient, passwordHash),
      ];
      // The demo's history is not news: its automations and webhooks act on what happens next,
      // not on the seeded threads (the changes this transaction recorded are marked handled).
      await tx.$executeRaw`UPDATE "ChangeEvent" SET "automatedAt" = now(), "webhookedAt" = now()
        WHERE "organizationId" = ANY(${organizations}::char(24)[])`;
    },
    { timeout: 60_000 },
  );
  return true;
}

async function seedOrganization(prisma: PrismaClient, passwordHash: string): Promise<string> {
  const org = await prisma.organization.create({
    data: {
      name: "Northwind Dental",
      inboundSecretHash: createHash("sha256").update(DEMO_INBOUND_SECRET).digest("hex"),
    },
  });
  const users = new Map<string, string>();
  for (const u of demoUsers) {
    const user = await prisma.user.create({
      data: {
        id: DEMO_IDS.users[u.key],
        organizationId: org.id,
        email: u.email,
        fullName: u.fullName,
        role: u.role,
        passwordHash,
      },
    });
    users.set(u.key, user.id);
  }
  const agents = ["sam", "priya", "jordan"].map((k) => users.get(k)!);
  const contacts = await prisma.contact.createManyAndReturn({
    data: demoContacts.map(([fullName, phone], i) => ({
      ...(i === DEMO_IDS.index && { id: DEMO_IDS.contact }),
      organizationId: org.id,
      fullName,
      phone,
      email: `${fullName.toLowerCase().replace(/\s+/g, ".")}@example.net`,
      facebookId: `fb-${1000 + i}`,
    })),
  });

  // A process and a lead source, ready for the autopilot once an admin adds a model (Settings → AI).
  const process = await prisma.process.create({
    data: {
      organizationId: org.id,
      name: "Lead follow-up",
      instructions:
        "You book appointments for Northwind Dental by text. Greet {{contact.firstName}} warmly, find out which " +
        "service they need (cleaning, check-up, whitening or an emergency) and offer two times this week. Keep " +
        "every message short. Never give medical advice: hand off to a person for pain, bleeding or insurance questions.",
      fields: [
        { name: "firstName", type: "text", description: "The contact's first name" },
        { name: "service", type: "text", description: "The service they ask for" },
      ],
      actions: ["reply", "extract", "handoff"],
      handoffKeywords: ["pain", "bleeding", "insurance", "refund"],
      handoffUserId: users.get("sam") ?? null,
    },
  });
  // Thirty threads: every contact gets one, some get a second on another channel. Owners rotate
  // over the agents (some unowned), assignees vary (none, one, two), every fourth is resolved.
  for (let i = 0; i < 30; i++) {
    const contact = contacts[i % contacts.length]!;
    const script = scripts[i % scripts.length]!;
    const owner = i % 7 === 6 ? null : agents[i % agents.length]!;
    const assignees = i % 5 === 0 ? [] : i % 5 === 1 ? [agents[i % 3]!, agents[(i + 1) % 3]!] : owner ? [owner] : [];
    const endsAt = new Date(Date.now() - i * 5 * HOUR - (i % 3) * 17 * MINUTE);
    await createThread(prisma, {
      id: i === DEMO_IDS.index ? DEMO_IDS.conversation : undefined,
      organizationId: org.id,
      contact,
      script,
      ownerId: owner,
      assignees,
      resolved: i % 4 === 3,
      endsAt,
      agentId: owner ?? agents[0]!,
      processId: process.id,
    });
  }

  await prisma.leadSource.create({
    data: {
      organizationId: org.id,
      name: "Website form",
      processId: process.id,
      isAutopilot: true,
      starterMessage:
        "Hi {{contact.firstName}}, thanks for reaching out to Northwind Dental! What can we help you with?",
    },
  });

  // Three of the editor's templates, as a team would start: they act on what the demo receives.
  for (const id of ["after-hours", "waiting", "human"]) {
    const template = automationTemplates.find((t) => t.id === id);
    if (!template) continue;
    const { rule } = template;
    await prisma.automation.create({
      data: {
        organizationId: org.id,
        name: rule.name,
        event: rule.event,
        delaySeconds: rule.delaySeconds ?? null,
        match: rule.match,
        conditions: rule.conditions,
        actions: rule.actions,
      },
    });
  }
  return org.id;
}

async function seedSecondOrganization(prisma: PrismaClient, passwordHash: string): Promise<string> {
  const org = await prisma.organization.create({ data: { name: "Globex Clinic" } });
  const admin = await prisma.user.create({
    data: {
      organizationId: org.id,
      email: "admin@globex.example.com",
      fullName: "Gale Globex",
      role: "ADMIN",
      passwordHash,
    },
  });
  const contacts = await prisma.contact.createManyAndReturn({
    data: [
      { organizationId: org.id, fullName: "Hank Scorpio", phone: "+15559870001", email: "hank@globex.example.com" },
      { organizationId: org.id, fullName: "Frank Grimes", phone: "+15559870002", email: "frank@globex.example.com" },
    ],
  });
  for (const [i, contact] of contacts.entries()) {
    await createThread(prisma, {
      organizationId: org.id,
      contact,
      script: scripts[i]!,
      ownerId: admin.id,
      assignees: [admin.id],
      resolved: false,
      endsAt: new Date(Date.now() - (i + 1) * HOUR),
      agentId: admin.id,
    });
  }
  return org.id;
}

type Contact = { id: string; fullName: string; phone: string | null; email: string | null; facebookId: string | null };

async function createThread(
  prisma: PrismaClient,
  t: {
    id?: string;
    organizationId: string;
    contact: Contact;
    script: Script;
    ownerId: string | null;
    assignees: string[];
    resolved: boolean;
    endsAt: Date;
    agentId: string;
    /** The organization's process, which the threads an AI wrote in follow. */
    processId?: string;
  },
) {
  const channelIdentifier = identifierFor(t.script.channel, t.contact);
  const first = t.contact.fullName.split(" ")[0]!;
  const step = 7 * MINUTE;
  const times = t.script.lines.map((_, i) => new Date(t.endsAt.getTime() - (t.script.lines.length - 1 - i) * step));
  const createdAt = new Date(times[0]!.getTime() - MINUTE);
  const messages = t.script.lines.map((line, i) => ({
    id: objectId(times[i]!),
    contactId: t.contact.id,
    userId: line.from === "contact" ? null : t.agentId,
    isIncoming: line.from === "contact",
    body: (line.body ?? "").replaceAll("{first}", first),
    channelType: t.script.channel,
    channelIdentifier,
    status: line.from === "contact" ? ("received" as const) : (line.status ?? "delivered"),
    senderType: senderTypeOf[line.from],
    attachments: line.attachment
      ? [{ url: `https://files.example.com/${line.attachment.name}`, ...line.attachment }]
      : [],
    stampType: line.stamp?.type ?? null,
    automationName: line.stamp?.automationName ?? null,
    fieldsExtracted: line.stamp?.fieldsExtracted ?? [],
    actions: line.stamp?.actions ?? [],
    createdAt: times[i]!,
  }));
  const latest = messages.at(-1)!;
  const lastIncoming = messages.filter((m) => m.isIncoming).at(-1);
  // As storing each message would have left them (lib/messages/append.ts): waiting since the
  // contact's first message after our last answer (a person's or the AI's); our first answer.
  const answers = messages.filter((m) => m.senderType === "USER" || m.senderType === "AI");
  const lastAnswer = answers.at(-1)?.createdAt.getTime() ?? 0;
  const firstIncoming = messages.find((m) => m.isIncoming);
  const waitingSince = messages.find((m) => m.isIncoming && m.createdAt.getTime() > lastAnswer)?.createdAt ?? null;
  const conversation = await prisma.conversation.create({
    data: {
      id: t.id ?? objectId(createdAt),
      organizationId: t.organizationId,
      contactId: t.contact.id,
      userId: t.ownerId,
      channelType: t.script.channel,
      channelIdentifier,
      latestMessageId: latest.id,
      lastMessageTime: latest.createdAt,
      lastIncomingAt: lastIncoming?.createdAt ?? null,
      waitingSince,
      firstIncomingAt: firstIncoming?.createdAt ?? null,
      firstResponseAt: firstIncoming
        ? (answers.find((m) => m.createdAt >= firstIncoming.createdAt)?.createdAt ?? null)
        : null,
      isResolved: t.resolved,
      resolvedAt: t.resolved ? new Date(latest.createdAt.getTime() + 30 * MINUTE) : null,
      subject: t.script.subject ?? null,
      provider: t.script.channel === "email" ? "smtp" : null,
      participants: t.script.channel === "email" ? [t.contact.email] : undefined,
      messageCount: messages.length,
      // The threads an AI wrote in follow the organization's process, on autopilot until a person answered.
      isAutopilot:
        Boolean(t.processId) && t.script.lines.findLast((l) => l.from === "ai" || l.from === "agent")?.from === "ai",
      process: t.processId && t.script.lines.some((l) => l.from === "ai") ? t.processId : null,
      source: t.script.lines[0]!.from === "contact" ? "Inbound Message" : "Outbound Message",
      leadSource: "any",
      createdAt,
      updatedAt: latest.createdAt,
      assignees: { create: t.assignees.map((userId) => ({ userId })) },
    },
  });
  await prisma.message.createMany({ data: messages.map((m) => ({ ...m, conversationId: conversation.id })) });
}

function identifierFor(channel: ChannelType, contact: Contact): string {
  if (channel === "email") return contact.email ?? "";
  if (channel === "facebook") return contact.facebookId ?? "";
  if (channel === "webchat") return `webchat-${contact.id.slice(-8)}`;
  return contact.phone ?? "";
}
