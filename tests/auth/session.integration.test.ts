import { encode } from "next-auth/jwt";
import { beforeEach, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { verifyCredentials } from "@/lib/auth/sign-in";
import { clearSignInAttempts, reserveSignInAttempt } from "@/lib/auth/sign-in-limits";
import { db } from "@/lib/db/client";
import * as routes from "../api/routes";
import { callRoute } from "../support/call-route";
import { conversationOf, createOrganization } from "../support/factories";

let world: Awaited<ReturnType<typeof createOrganization>>;
let conversationId: string;

beforeEach(async () => {
  world = await createOrganization();
  conversationId = (await conversationOf(world, { ownerId: world.agent.id })).id;
});

/** The cookie next-auth sets after a sign-in, minted with the same secret. */
async function sessionCookie(userId: string, sessionVersion = 0) {
  const token = await encode({ token: { userId, sub: userId, sessionVersion }, secret: process.env.NEXTAUTH_SECRET! });
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

describe("sessions that end", () => {
  it("refuses a cookie once the user's session version moved on (signed out), and one from before versions", async () => {
    const cookie = await sessionCookie(world.agent.id);
    const read = (headers: Record<string, string>) =>
      callRoute(routes.conversation.GET, "GET", "/", { params: { id: conversationId }, headers });
    expect((await read({ cookie })).status).toBe(200);
    await db.user.update({ where: { id: world.agent.id }, data: { sessionVersion: { increment: 1 } } });
    expect((await read({ cookie })).status).toBe(401);
    expect((await read({ cookie: await sessionCookie(world.agent.id, 1) })).status).toBe(200);

    const unversioned = await encode({
      token: { userId: world.agent.id, sub: world.agent.id },
      secret: process.env.NEXTAUTH_SECRET!,
    });
    expect((await read({ cookie: `next-auth.session-token=${unversioned}` })).status).toBe(401);
  });
});

describe("sign-in", () => {
  const client = () => `198.51.100.${Math.floor(Math.random() * 250)}:${Math.random()}`;

  it("accepts the right password (any email case) and refuses a wrong one or an unknown email", async () => {
    await db.user.update({ where: { id: world.agent.id }, data: { passwordHash: await hashPassword("s3cret!") } });
    const from = client();
    expect(
      await verifyCredentials({ email: ` ${world.agent.email.toUpperCase()} `, password: "s3cret!" }, from),
    ).toMatchObject({
      id: world.agent.id,
      organizationId: world.organization.id,
      role: "AGENT",
      sessionVersion: 0,
    });
    expect(await verifyCredentials({ email: world.agent.email, password: "wrong" }, from)).toBeNull();
    expect(await verifyCredentials({ email: "nobody@test.example", password: "wrong" }, from)).toBeNull();
  });

  it.each([
    ["a NUL byte in the email", { email: "a\u0000b@example.com", password: "x" }],
    ["a 6,000-character email", { email: `${"x".repeat(6000)}@example.com`, password: "x" }],
    ["a lone surrogate in the password", { email: "a@example.com", password: "\ud800" }],
    ["no password", { email: "a@example.com" }],
    ["fields that are not text", { email: ["a@example.com"], password: { x: 1 } }],
  ])("answers a wrong password, without asking the database, to %s", async (_name, input) => {
    expect(await verifyCredentials(input, client())).toBeNull();
  });

  it("lets at most the limit of 200 parallel attempts for one email through to the password check", async () => {
    const email = `victim-${Date.now()}@example.com`;
    const from = client();
    const verdicts = await Promise.all(Array.from({ length: 200 }, () => reserveSignInAttempt(email, from)));
    expect(verdicts.filter((v) => v === null)).toHaveLength(5);
    for (const refused of verdicts.filter((v) => v !== null)) {
      expect(refused).toBeGreaterThan(0);
      expect(refused).toBeLessThanOrEqual(15 * 60);
    }
  });

  it("keeps one client's failures on an email from locking out that email elsewhere", async () => {
    const email = `colleague-${Date.now()}@example.com`;
    const attacker = client();
    for (let i = 0; i < 5; i++) expect(await reserveSignInAttempt(email, attacker)).toBeNull();
    expect(await reserveSignInAttempt(email, attacker)).not.toBeNull();
    expect(await reserveSignInAttempt(email, client())).toBeNull();
  });

  it("limits one client across emails (credential stuffing), and gives a success's attempt back", async () => {
    const from = client();
    const emails = Array.from({ length: 31 }, (_, i) => `stuffed-${i}-${Date.now()}@example.com`);
    for (const email of emails.slice(0, 29)) expect(await reserveSignInAttempt(email, from)).toBeNull();
    await clearSignInAttempts(emails[0] as string, from); // that one was a success
    expect(await reserveSignInAttempt(emails[29] as string, from)).toBeNull();
    expect(await reserveSignInAttempt(emails[30] as string, from)).toBeNull();
    expect(await reserveSignInAttempt(`one-more-${Date.now()}@example.com`, from)).not.toBeNull();
  });

  it("starts counting again when the window has passed, and prunes ended windows", async () => {
    const email = `patient-${Date.now()}@example.com`;
    const from = client();
    for (let i = 0; i < 5; i++) await reserveSignInAttempt(email, from);
    expect(await reserveSignInAttempt(email, from)).not.toBeNull();
    await db.$executeRaw`UPDATE "RateLimit" SET "resetsAt" = now() - interval '1 minute'`;
    const ended = () => db.rateLimit.count({ where: { resetsAt: { lt: new Date() } } });
    const before = await ended();
    expect(await reserveSignInAttempt(email, from)).toBeNull();
    // Ended windows go with each attempt, a hundred at a time.
    expect(await ended()).toBeLessThanOrEqual(Math.max(0, before - 100));
  });
});
