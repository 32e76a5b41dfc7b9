import { PrismaPg } from "@prisma/adapter-pg";
import { encode } from "next-auth/jwt";
import { beforeEach, describe, expect, it } from "vitest";
import { createOrganization as createOrganizationWithAdmin } from "@/lib/accounts/first-run";
import { hashPassword } from "@/lib/auth/password";
import { sessionUser } from "@/lib/auth/session-user";
import { verifyCredentials } from "@/lib/auth/sign-in";
import { db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { createTestDatabase } from "@/lib/db/test-database";
import { PrismaClient } from "@/lib/generated/prisma/client";
import * as api from "../api/routes";
import { callRoute } from "../support/call-route";
import { conversationOf, createOrganization } from "../support/factories";
import * as routes from "./routes";

// People, invitations, resets and sessions, through the route handlers on real PostgreSQL. This
// file's server has no SMTP_URL: links come back in the answers, as an admin sees them.

let world: Awaited<ReturnType<typeof createOrganization>>;
beforeEach(async () => {
  world = await createOrganization();
});

const tokenOf = (link: string) => new URL(link).pathname.split("/").at(-1)!;

async function invite(email: string, role = "AGENT") {
  const res = await callRoute(routes.invitations.POST, "POST", "/", {
    token: world.admin.token,
    body: { email, role },
  });
  expect(res.status).toBe(201);
  return { id: res.body.data._id as string, link: res.body.link as string, data: res.body.data };
}

async function sessionCookie(userId: string) {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: userId } });
  const token = await encode({ token: { userId, sub: userId, sessionVersion }, secret: process.env.NEXTAUTH_SECRET! });
  return { cookie: `next-auth.session-token=${token}`, "sec-fetch-site": "same-origin" };
}

describe("first-run setup", () => {
  it("creates one organization when ten setups race on an empty database", async () => {
    const database = await createTestDatabase(process.env.TEST_DATABASE_SERVER || undefined);
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: 10 }) });
    try {
      await migrate(database.url);
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, (_, i) =>
          createOrganizationWithAdmin(
            prisma,
            {
              organizationName: `Org ${i}`,
              fullName: `Admin ${i}`,
              email: `admin${i}@example.com`,
              password: "password1",
            },
            { onlyIfEmpty: true },
          ),
        ),
      );
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      for (const r of results.filter((r) => r.status === "rejected")) {
        expect((r as PromiseRejectedResult).reason).toMatchObject({ code: "conflict" });
      }
      expect(await prisma.organization.count()).toBe(1);
      expect(await prisma.user.count()).toBe(1);
    } finally {
      await prisma.$disconnect();
      await database.drop();
    }
  });

  it("is refused once anyone exists (this database has users)", async () => {
    const res = await callRoute(routes.setup.POST, "POST", "/", {
      body: { organizationName: "Late", fullName: "Late Admin", email: "late@example.com", password: "password1" },
    });
    expect(res.status).toBe(409);
    expect(await db.user.findUnique({ where: { email: "late@example.com" } })).toBeNull();
  });
});

describe("invitations", () => {
  it("accepts one of ten parallel uses of a link, and the invitee can sign in", async () => {
    const email = `new-${Date.now()}@example.com`;
    const { link } = await invite(email, "MANAGER");
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        callRoute(routes.acceptInvitation.POST, "POST", "/", {
          body: { token: tokenOf(link), fullName: `New ${i}`, password: "correct horse" },
        }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, ...Array(9).fill(410)]);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ role: "MANAGER", organizationId: world.organization.id });
    expect(await verifyCredentials({ email, password: "correct horse" }, "test")).toMatchObject({ id: user.id });
  });

  it("stores only a hash of the link, and a new link replaces the last", async () => {
    const { id, link, data } = await invite(`hash-${Date.now()}@example.com`);
    expect(data).toMatchObject({ status: "pending", expiresAt: expect.any(String), sentAt: expect.any(String) });
    const stored = await db.invitation.findUniqueOrThrow({ where: { id } });
    expect(JSON.stringify(stored)).not.toContain(tokenOf(link));
    const again = await callRoute(routes.sendInvitation.POST, "POST", "/", {
      token: world.admin.token,
      params: { id },
    });
    expect(again.status).toBe(200);
    const old = await callRoute(routes.acceptInvitation.POST, "POST", "/", {
      body: { token: tokenOf(link), fullName: "Old", password: "password1" },
    });
    expect(old.status).toBe(404);
    const fresh = await callRoute(routes.acceptInvitation.POST, "POST", "/", {
      body: { token: tokenOf(again.body.link), fullName: "Fresh", password: "password1" },
    });
    expect(fresh.status).toBe(201);
  });

  it("refuses revoked and expired links with a clear answer", async () => {
    const revoked = await invite(`revoked-${Date.now()}@example.com`);
    expect(
      (
        await callRoute(routes.invitation.DELETE, "DELETE", "/", {
          token: world.admin.token,
          params: { id: revoked.id },
        })
      ).status,
    ).toBe(200);
    const expired = await invite(`expired-${Date.now()}@example.com`);
    await db.invitation.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    for (const [link, message] of [
      [revoked.link, /withdrawn/],
      [expired.link, /expired/],
    ] as const) {
      const res = await callRoute(routes.acceptInvitation.POST, "POST", "/", {
        body: { token: tokenOf(link), fullName: "Late", password: "password1" },
      });
      expect(res.status).toBe(410);
      expect(res.body.message).toMatch(message);
    }
  });

  it("refuses a second open invitation and an email that already has an account", async () => {
    const email = `twice-${Date.now()}@example.com`;
    await invite(email);
    for (const body of [
      { email, role: "AGENT" },
      { email: world.agent.email, role: "AGENT" },
    ]) {
      const res = await callRoute(routes.invitations.POST, "POST", "/", { token: world.admin.token, body });
      expect(res.status).toBe(409);
    }
  });
});

describe("deactivation", () => {
  it("stops the person's API tokens and sessions at once; their history stays theirs", async () => {
    const conversation = await conversationOf(world, {
      ownerId: world.agent.id,
      messages: [{ isIncoming: false, userId: world.agent.id, senderType: "USER" }],
    });
    const read = (auth: { token?: string; headers?: Record<string, string> }) =>
      callRoute(api.conversation.GET, "GET", "/", { ...auth, params: { id: conversation.id } });
    const cookie = await sessionCookie(world.agent.id);
    expect((await read({ token: world.agent.token })).status).toBe(200); // now cached by the token resolver
    expect((await read({ headers: cookie })).status).toBe(200);

    const res = await callRoute(routes.person.PATCH, "PATCH", "/", {
      token: world.admin.token,
      params: { id: world.agent.id },
      body: { active: false },
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ status: "deactivated" });

    expect((await read({ token: world.agent.token })).status).toBe(401);
    expect((await read({ headers: cookie })).status).toBe(401);
    await db.user.update({ where: { id: world.agent.id }, data: { passwordHash: await hashPassword("password1") } });
    expect(await verifyCredentials({ email: world.agent.email, password: "password1" }, "test")).toBeNull();
    const message = await db.message.findFirstOrThrow({ where: { conversationId: conversation.id } });
    expect(message.userId).toBe(world.agent.id);

    // Reactivated: may sign in again; the revoked tokens stay revoked.
    await callRoute(routes.person.PATCH, "PATCH", "/", {
      token: world.admin.token,
      params: { id: world.agent.id },
      body: { active: true },
    });
    expect(await verifyCredentials({ email: world.agent.email, password: "password1" }, "test")).not.toBeNull();
    expect((await read({ token: world.agent.token })).status).toBe(401);
  });

  it("never leaves an organization without an active admin, even when two admins demote each other", async () => {
    const alone = await callRoute(routes.person.PATCH, "PATCH", "/", {
      token: world.admin.token,
      params: { id: world.admin.id },
      body: { role: "AGENT" },
    });
    expect(alone.status).toBe(409);
    expect(alone.body.message).toMatch(/at least one active admin/);

    const second = await callRoute(routes.person.PATCH, "PATCH", "/", {
      token: world.admin.token,
      params: { id: world.manager.id },
      body: { role: "ADMIN" },
    });
    expect(second.status).toBe(200);
    const [a, b] = await Promise.all([
      callRoute(routes.person.PATCH, "PATCH", "/", {
        token: world.admin.token,
        params: { id: world.manager.id },
        body: { active: false },
      }),
      callRoute(routes.person.PATCH, "PATCH", "/", {
        token: world.manager.token,
        params: { id: world.admin.id },
        body: { active: false },
      }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const admins = await db.user.count({
      where: { organizationId: world.organization.id, role: "ADMIN", deactivatedAt: null },
    });
    expect(admins).toBe(1);
  });
});

describe("passwords", () => {
  it("a reset link works once, ends the person's sessions and their other links", async () => {
    const link = async () => {
      const res = await callRoute(routes.resetLink.POST, "POST", "/", {
        token: world.admin.token,
        params: { id: world.agent.id },
      });
      expect(res.status).toBe(200);
      return tokenOf(res.body.link);
    };
    const [first, second] = [await link(), await link()];
    const cookie = await sessionCookie(world.agent.id);
    const before = await db.user.findUniqueOrThrow({ where: { id: world.agent.id } });
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        callRoute(routes.completeReset.POST, "POST", "/", { body: { token: first, password: "brand new pass" } }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 410, 410]);
    expect(await verifyCredentials({ email: world.agent.email, password: "brand new pass" }, "test")).not.toBeNull();
    const session = { userId: world.agent.id, sessionVersion: before.sessionVersion };
    expect(await sessionUser(session)).toBeNull();
    expect(cookie).toBeDefined();
    const other = await callRoute(routes.completeReset.POST, "POST", "/", {
      body: { token: second, password: "another one" },
    });
    expect(other.status).toBe(410);
  });

  it("changing your password needs the current one and ends your sessions; never with an API token", async () => {
    await db.user.update({ where: { id: world.agent.id }, data: { passwordHash: await hashPassword("old password") } });
    const headers = await sessionCookie(world.agent.id);
    const wrong = await callRoute(routes.accountPassword.POST, "POST", "/", {
      headers,
      body: { currentPassword: "not it", newPassword: "new password" },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual([{ path: "currentPassword", message: "is not your current password" }]);
    const withToken = await callRoute(routes.accountPassword.POST, "POST", "/", {
      token: world.agent.token,
      body: { currentPassword: "old password", newPassword: "new password" },
    });
    expect(withToken.status).toBe(403);
    const right = await callRoute(routes.accountPassword.POST, "POST", "/", {
      headers,
      body: { currentPassword: "old password", newPassword: "new password" },
    });
    expect(right.status).toBe(200);
    const after = await callRoute(api.users.GET, "GET", "/", { headers });
    expect(after.status).toBe(401);
    expect(await verifyCredentials({ email: world.agent.email, password: "new password" }, "test")).not.toBeNull();
  });

  it("answers a reset request without SMTP with a clear 503, not a silent success", async () => {
    const res = await callRoute(routes.passwordReset.POST, "POST", "/", { body: { email: world.agent.email } });
    expect(res.status).toBe(503);
    expect(res.body.message).toMatch(/Ask an admin/);
  });
});
