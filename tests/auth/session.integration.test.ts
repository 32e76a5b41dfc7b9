import { encode } from "next-auth/jwt";
import { beforeEach, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { TooManySignInAttempts, verifyCredentials } from "@/lib/auth/sign-in";
import { db } from "@/lib/db/client";
import * as routes from "../api/routes";
import { callRoute } from "../support/call-route";
import { createConversation, createOrganization } from "../support/factories";

let world: Awaited<ReturnType<typeof createOrganization>>;
let conversationId: string;

beforeEach(async () => {
  world = await createOrganization();
  conversationId = (
    await createConversation({
      organizationId: world.organization.id,
      contactId: world.contact.id,
      ownerId: world.agent.id,
    })
  ).id;
});

/** The cookie next-auth sets after a sign-in, minted with the same secret. */
async function sessionCookie(userId: string) {
  const token = await encode({ token: { userId, sub: userId }, secret: process.env.NEXTAUTH_SECRET! });
  return `next-auth.session-token=${token}`;
}

describe("session cookie", () => {
  it("authenticates reads as the signed-in user", async () => {
    const res = await callRoute(routes.conversation.GET, "GET", "/", {
      params: { id: conversationId },
      headers: { cookie: await sessionCookie(world.agent.id) },
    });
    expect(res.status).toBe(200);
  });

  it("allows same-origin JSON writes", async () => {
    const res = await callRoute(routes.unseen.POST, "POST", "/", {
      body: { conversationId },
      headers: { cookie: await sessionCookie(world.agent.id), "sec-fetch-site": "same-origin" },
    });
    expect(res.status).toBe(200);
  });

  it.each([
    ["Sec-Fetch-Site: cross-site", { "sec-fetch-site": "cross-site" }],
    ["Sec-Fetch-Site: same-site", { "sec-fetch-site": "same-site" }],
    ["a foreign Origin", { origin: "https://evil.example" }],
  ])("refuses a cookie write with %s", async (_name, headers) => {
    const res = await callRoute(routes.remove.DELETE, "DELETE", "/", {
      body: { conversationId },
      headers: { cookie: await sessionCookie(world.agent.id), ...headers },
    });
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ message: "Cross-site request refused" });
    expect(await db.conversation.count({ where: { id: conversationId } })).toBe(1);
  });

  it("refuses a cookie write that is not JSON (what an HTML form sends)", async () => {
    const res = await callRoute(routes.unseen.POST, "POST", "/", {
      rawBody: `conversationId=${conversationId}`,
      headers: { cookie: await sessionCookie(world.agent.id), "content-type": "application/x-www-form-urlencoded" },
    });
    expect(res.status).toBe(415);
  });

  it("does not apply the cookie rules to Bearer tokens, which a browser never sends by itself", async () => {
    const res = await callRoute(routes.unseen.POST, "POST", "/", {
      token: world.agent.token,
      rawBody: JSON.stringify({ conversationId }),
      headers: { "sec-fetch-site": "cross-site" },
    });
    expect(res.status).toBe(200);
  });

  it("answers 401 to a forged cookie and to the cookie of a deleted user", async () => {
    const forged = await encode({ token: { userId: world.admin.id }, secret: "another-secret-another-secret-another" });
    const withForged = await callRoute(routes.conversation.GET, "GET", "/", {
      params: { id: conversationId },
      headers: { cookie: `next-auth.session-token=${forged}` },
    });
    expect(withForged.status).toBe(401);

    const cookie = await sessionCookie(world.manager.id);
    await db.user.delete({ where: { id: world.manager.id } });
    const afterDelete = await callRoute(routes.conversation.GET, "GET", "/", {
      params: { id: conversationId },
      headers: { cookie },
    });
    expect(afterDelete.status).toBe(401);
  });
});

describe("sign-in", () => {
  it("accepts the right password (any email case) and refuses a wrong one", async () => {
    await db.user.update({ where: { id: world.agent.id }, data: { passwordHash: await hashPassword("s3cret!") } });
    expect(await verifyCredentials({ email: world.agent.email.toUpperCase(), password: "s3cret!" })).toMatchObject({
      id: world.agent.id,
      organizationId: world.organization.id,
      role: "AGENT",
    });
    expect(await verifyCredentials({ email: world.agent.email, password: "wrong" })).toBeNull();
    expect(await verifyCredentials({ email: "nobody@test.example", password: "wrong" })).toBeNull();
  });

  it("refuses further attempts after 5 failures, even with the right password", async () => {
    await db.user.update({ where: { id: world.agent.id }, data: { passwordHash: await hashPassword("s3cret!") } });
    for (let i = 0; i < 5; i++)
      expect(await verifyCredentials({ email: world.agent.email, password: `wrong ${i}` })).toBeNull();
    await expect(verifyCredentials({ email: world.agent.email, password: "s3cret!" })).rejects.toBeInstanceOf(
      TooManySignInAttempts,
    );
  });
});
