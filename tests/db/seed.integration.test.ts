import { describe, expect, it } from "vitest";
import { prismaFor } from "@/lib/db/script-client";
import { seedDemo } from "@/prisma/seed";

describe("demo seed", () => {
  it("creates a realistic demo organization once, and a second organization", async () => {
    const prisma = prismaFor(process.env.DATABASE_URL!);
    try {
      expect(await seedDemo(prisma)).toBe(true);
      expect(await seedDemo(prisma)).toBe(false);

      const demo = await prisma.organization.findFirstOrThrow({ where: { name: "Northwind Dental" } });
      const users = await prisma.user.findMany({ where: { organizationId: demo.id } });
      expect(users.map((u) => u.role).sort()).toEqual(["ADMIN", "AGENT", "AGENT", "AGENT", "MANAGER"]);
      expect(await prisma.contact.count({ where: { organizationId: demo.id } })).toBe(20);
      // Its automations start with what happens next: the seeded history is already handled.
      expect(await prisma.automation.count({ where: { organizationId: demo.id } })).toBe(3);
      expect(await prisma.changeEvent.count({ where: { organizationId: demo.id } })).toBeGreaterThan(0);
      const unhandled = { organizationId: demo.id, OR: [{ automatedAt: null }, { webhookedAt: null }] };
      expect(await prisma.changeEvent.count({ where: unhandled })).toBe(0);

      const conversations = await prisma.conversation.findMany({
        where: { organizationId: demo.id },
        include: { assignees: true, messages: true },
      });
      expect(new Set(conversations.map((c) => c.channelType))).toEqual(
        new Set(["sms", "facebook", "webchat", "email"]),
      );
      expect(conversations.some((c) => c.isResolved)).toBe(true);
      expect(conversations.some((c) => c.assignees.length >= 2)).toBe(true);
      expect(conversations.some((c) => c.assignees.length === 0)).toBe(true);
      for (const agent of users.filter((u) => u.role === "AGENT")) {
        expect(conversations.some((c) => c.userId === agent.id)).toBe(true);
      }
      const messages = conversations.flatMap((c) => c.messages);
      expect(new Set(messages.map((m) => m.senderType))).toEqual(new Set(["CONTACT", "USER", "AI", "SYSTEM"]));
      expect(messages.some((m) => m.automationName && m.fieldsExtracted.length && m.actions.length)).toBe(true);
      expect(messages.some((m) => Array.isArray(m.attachments) && m.attachments.length > 0)).toBe(true);
      expect(new Set(messages.map((m) => m.status))).toEqual(
        new Set(["received", "delivered", "read", "sent", "failed"]),
      );
      // Denormalised fields agree with the messages.
      for (const c of conversations) {
        const newest = c.messages.reduce((a, b) => (a.createdAt > b.createdAt ? a : b));
        expect(c.latestMessageId).toBe(newest.id);
        expect(c.messageCount).toBe(c.messages.length);
        expect(c.lastMessageTime.getTime()).toBe(newest.createdAt.getTime());
      }

      const other = await prisma.organization.findFirstOrThrow({ where: { name: "Globex Clinic" } });
      expect(await prisma.conversation.count({ where: { organizationId: other.id } })).toBeGreaterThan(0);
    } finally {
      await prisma.$disconnect();
    }
  });
});
