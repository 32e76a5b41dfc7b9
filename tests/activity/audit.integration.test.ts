import { beforeEach, expect, it } from "vitest";
import * as auditRoute from "@/app/api/audit/route";
import * as channelRoute from "@/app/api/channels/[id]/route";
import * as removeRoute from "@/app/api/conversation/route";
import * as tokenRoute from "@/app/api/tokens/[id]/route";
import * as tokensRoute from "@/app/api/tokens/route";
import { auditPageSchema } from "@/lib/activity/schemas";
import { verifyCredentials } from "@/lib/auth/sign-in";
import { db } from "@/lib/db/client";
import * as routes from "../accounts/routes";
import { callRoute } from "../support/call-route";
import { conversationOf, createOrganization, type TestUser } from "../support/factories";
import { connectWidget } from "../webchat/support";

// The audit log on real PostgreSQL: what admins answer for, each change made through its route (a
// sign-in through the credentials check), recorded with who did it; read by admins only, filtered,
// paged, and downloaded as CSV.

let world: Awaited<ReturnType<typeof createOrganization>>;
beforeEach(async () => {
  world = await createOrganization();
});

const audit = (token: string, query: Record<string, string> = {}) =>
  callRoute(auditRoute.GET, "GET", "/", { token, query });
const lines = async (query: Record<string, string> = {}) => {
  const res = await audit(world.admin.token, query);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return auditPageSchema.parse(res.body).entries.map((e) => [e.kind, e.actor?._id ?? null, e.subject?._id ?? null]);
};

it("records people, invitations, channels, tokens, deletions and sign-ins with who did them", async () => {
  const { admin, agent } = world;
  const person = (user: TestUser, body: Record<string, unknown>) =>
    callRoute(routes.person.PATCH, "PATCH", "/", { token: admin.token, params: { id: user.id }, body });
  expect((await person(agent, { role: "MANAGER" })).status).toBe(200);
  expect((await person(agent, { active: false })).status).toBe(200);
  expect((await person(agent, { active: true })).status).toBe(200);
  const invited = await callRoute(routes.invitations.POST, "POST", "/", {
    token: admin.token,
    body: { email: `new-${world.organization.id}@example.test`, role: "AGENT" },
  });
  expect(invited.status).toBe(201);
  const withdrawn = await callRoute(routes.invitation.DELETE, "DELETE", "/", {
    token: admin.token,
    params: { id: invited.body.data._id },
  });
  expect(withdrawn.status).toBe(200);
  const chat = await connectWidget(admin.token);
  const channel = (method: "PATCH" | "DELETE", body?: Record<string, unknown>) =>
    callRoute(method === "PATCH" ? channelRoute.PATCH : channelRoute.DELETE, method, "/", {
      token: admin.token,
      params: { id: chat._id },
      body,
    });
  expect((await channel("PATCH", { enabled: false })).status).toBe(200);
  expect((await channel("PATCH", { name: "Website chat" })).status).toBe(200);
  expect((await channel("DELETE")).status).toBe(200);
  const token = await callRoute(tokensRoute.POST, "POST", "/", { token: admin.token, body: { name: "CRM" } });
  expect(token.status).toBe(201);
  const revoked = await callRoute(tokenRoute.DELETE, "DELETE", "/", {
    token: admin.token,
    params: { id: token.body.data._id },
  });
  expect(revoked.status).toBe(200);
  const conversation = await conversationOf(world, { ownerId: agent.id });
  const deleted = await callRoute(removeRoute.DELETE, "DELETE", "/", {
    token: admin.token,
    body: { conversationId: conversation.id },
  });
  expect(deleted.status).toBe(200);

  expect(await lines({ group: "people" })).toEqual([
    ["invitation.withdrawn", admin.id, null],
    ["invitation.sent", admin.id, null],
    ["person.reactivated", admin.id, agent.id],
    ["person.deactivated", admin.id, agent.id],
    ["person.role", admin.id, agent.id],
    ...(await lines({ group: "people" })).slice(5), // the people the organization was made with
  ]);
  // Deactivating revoked the agent's token, as the admin's doing.
  expect((await lines({ group: "tokens" })).slice(0, 3)).toEqual([
    ["token.revoked", admin.id, admin.id],
    ["token.created", admin.id, admin.id],
    ["token.revoked", admin.id, agent.id],
  ]);
  expect(await lines({ group: "channels" })).toEqual([
    ["channel.removed", admin.id, null],
    ["channel.changed", admin.id, null],
    ["channel.disabled", admin.id, null],
    ["channel.connected", admin.id, null],
  ]);
  const [gone] = auditPageSchema.parse((await audit(admin.token, { group: "conversations" })).body).entries;
  expect(gone).toMatchObject({
    kind: "conversation.deleted",
    actor: { _id: admin.id },
    conversationId: conversation.id,
    detail: { contact: world.contact.fullName, channelType: "sms" },
  });

  const password = "a password of the agent's";
  const { hashPassword } = await import("@/lib/auth/password");
  await db.user.update({ where: { id: agent.id }, data: { passwordHash: await hashPassword(password) } });
  expect(await verifyCredentials({ email: agent.email, password: "wrong one" }, "203.0.113.9")).toBeNull();
  expect(await verifyCredentials({ email: agent.email, password }, "203.0.113.9")).not.toBeNull();
  expect(await lines({ group: "sign-ins" })).toEqual([
    ["sign-in", agent.id, agent.id],
    ["sign-in.failed", null, agent.id],
  ]);
  // By person: only what the agent did (newest first: the sign-in; then joining and their token).
  const theirs = await lines({ actor: agent.id });
  expect(theirs[0]).toEqual(["sign-in", agent.id, agent.id]);
  expect(theirs.every(([, actor]) => actor === agent.id)).toBe(true);
  expect(theirs.map(([kind]) => kind)).toContain("person.joined");
});

it("is for admins only, their organization's, filtered by day, paged, and downloaded whole as CSV", async () => {
  for (const who of [world.manager, world.agent]) expect((await audit(who.token)).status).toBe(403);
  const other = await createOrganization();
  const theirs = auditPageSchema.parse((await audit(other.admin.token)).body).entries;
  expect(theirs.every((entry) => entry.subject?._id !== world.agent.id)).toBe(true);

  const all = auditPageSchema.parse((await audit(world.admin.token)).body).entries;
  expect(all.length).toBeGreaterThanOrEqual(4); // the four people who joined
  const first = await audit(world.admin.token, { limit: "2" });
  const second = await audit(world.admin.token, { limit: "2", cursor: first.body.nextCursor });
  expect([...first.body.entries, ...second.body.entries].map((e: { _id: string }) => e._id)).toEqual(
    all.slice(0, 4).map((e) => e._id),
  );
  expect((await lines({ to: "2000-01-01" })).length).toBe(0);
  expect((await lines({ from: "2000-01-01" })).length).toBe(all.length);
  const bad: Record<string, string>[] = [{ group: "nope" }, { from: "yesterday" }, { cursor: "x" }, { actor: "1" }];
  for (const query of bad) {
    expect((await audit(world.admin.token, query)).status).toBe(400);
  }

  const csv = await audit(world.admin.token, { format: "csv" });
  expect(csv.status).toBe(200);
  expect(csv.headers.get("content-disposition")).toBe('attachment; filename="audit-log.csv"');
  const rows = csv.text.trim().split("\r\n");
  expect(rows[0]).toBe("id,at,kind,what,actor,subject,automation,conversation,detail");
  expect(rows).toHaveLength(all.length + 1);
  expect(rows.some((row) => row.includes(`${world.agent.fullName} joined as agent`))).toBe(true);
});
