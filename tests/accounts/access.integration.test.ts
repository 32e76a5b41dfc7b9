import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { revokeApiToken } from "@/lib/tokens/api-tokens";
import { callRoute } from "../support/call-route";
import { createOrganization, createUser } from "../support/factories";
import * as routes from "./routes";

// The access matrix of the people and account endpoints: admins manage people, managers may look,
// agents neither; nobody reaches another organization's people (404); every credential failure is 401.

type Caller =
  | "no credentials"
  | "unknown token"
  | "revoked token"
  | "deactivated user's token"
  | "other organization's admin"
  | "agent"
  | "manager"
  | "admin";

const callers: Caller[] = [
  "no credentials",
  "unknown token",
  "revoked token",
  "deactivated user's token",
  "other organization's admin",
  "agent",
  "manager",
  "admin",
];

type Ids = { personId: string; invitationId: string };
type Endpoint = {
  name: string;
  call: (ids: Ids, token: string | undefined) => ReturnType<typeof callRoute>;
  expected: Partial<Record<Caller, number>>;
};

const unauthenticated: Partial<Record<Caller, number>> = {
  "no credentials": 401,
  "unknown token": 401,
  "revoked token": 401,
  "deactivated user's token": 401,
};
const adminsOnly = { ...unauthenticated, "other organization's admin": 404, agent: 403, manager: 403 };

const endpoints: Endpoint[] = [
  {
    name: "GET /api/people",
    call: (_ids, token) => callRoute(routes.people.GET, "GET", "/", { token }),
    expected: { ...unauthenticated, "other organization's admin": 200, agent: 403, manager: 200, admin: 200 },
  },
  {
    name: "PATCH /api/people/:id",
    call: (ids, token) =>
      callRoute(routes.person.PATCH, "PATCH", "/", { token, params: { id: ids.personId }, body: { role: "MANAGER" } }),
    expected: { ...adminsOnly, admin: 200 },
  },
  {
    name: "POST /api/people/:id/reset-link",
    call: (ids, token) => callRoute(routes.resetLink.POST, "POST", "/", { token, params: { id: ids.personId } }),
    expected: { ...adminsOnly, admin: 200 },
  },
  {
    name: "POST /api/invitations",
    call: (_ids, token) =>
      callRoute(routes.invitations.POST, "POST", "/", {
        token,
        body: { email: `someone-${Math.random()}@example.com`, role: "AGENT" },
      }),
    // Inviting acts on the caller's own organization: another organization's admin may, there.
    expected: { ...adminsOnly, "other organization's admin": 201, admin: 201 },
  },
  {
    name: "POST /api/invitations/:id/send",
    call: (ids, token) =>
      callRoute(routes.sendInvitation.POST, "POST", "/", { token, params: { id: ids.invitationId } }),
    expected: { ...adminsOnly, admin: 200 },
  },
  {
    name: "DELETE /api/invitations/:id",
    call: (ids, token) =>
      callRoute(routes.invitation.DELETE, "DELETE", "/", { token, params: { id: ids.invitationId } }),
    expected: { ...adminsOnly, admin: 200 },
  },
  {
    name: "PATCH /api/account",
    call: (_ids, token) => callRoute(routes.account.PATCH, "PATCH", "/", { token, body: { fullName: "New Name" } }),
    expected: { ...unauthenticated, "other organization's admin": 200, agent: 200, manager: 200, admin: 200 },
  },
  {
    name: "POST /api/account/password",
    call: (_ids, token) =>
      callRoute(routes.accountPassword.POST, "POST", "/", {
        token,
        body: { currentPassword: "whatever", newPassword: "whatever else" },
      }),
    // Only from a signed-in page: an API token never changes a password.
    expected: { ...unauthenticated, "other organization's admin": 403, agent: 403, manager: 403, admin: 403 },
  },
  {
    name: "GET /api/organization",
    call: (_ids, token) => callRoute(routes.organization.GET, "GET", "/", { token }),
    expected: { ...unauthenticated, "other organization's admin": 200, agent: 200, manager: 200, admin: 200 },
  },
  {
    name: "PATCH /api/organization",
    call: (_ids, token) =>
      callRoute(routes.organization.PATCH, "PATCH", "/", { token, body: { timeZone: "Europe/Paris" } }),
    // Acts on the caller's own organization: another organization's admin may, there.
    expected: { ...adminsOnly, "other organization's admin": 200, admin: 200 },
  },
  {
    name: "DELETE /api/account/sessions",
    call: (_ids, token) => callRoute(routes.accountSessions.DELETE, "DELETE", "/", { token }),
    expected: { ...unauthenticated, "other organization's admin": 200, agent: 200, manager: 200, admin: 200 },
  },
];

let ids: Ids;
let tokens: Record<Caller, string | undefined>;
let world: Awaited<ReturnType<typeof createOrganization>>;

beforeEach(async () => {
  world = await createOrganization();
  const other = await createOrganization();
  const target = await createUser(world.organization.id, "AGENT");
  const revoked = await createUser(world.organization.id, "ADMIN");
  const deactivated = await createUser(world.organization.id, "ADMIN");
  const revokedToken = await db.apiToken.findFirstOrThrow({ where: { userId: revoked.id } });
  await revokeApiToken({
    viewer: { userId: revoked.id, organizationId: world.organization.id, role: "ADMIN", via: "token" },
    tokenId: revokedToken.id,
  });
  // Deactivated behind the API's back: its token was not revoked, and still must not work.
  await db.user.update({ where: { id: deactivated.id }, data: { deactivatedAt: new Date() } });
  const invitation = await db.invitation.create({
    data: { organizationId: world.organization.id, email: `invited-${Math.random()}@example.com`, role: "AGENT" },
  });
  ids = { personId: target.id, invitationId: invitation.id };
  tokens = {
    "no credentials": undefined,
    "unknown token": "tk_thisTokenDoesNotExist0000000000000000000000",
    "revoked token": revoked.token,
    "deactivated user's token": deactivated.token,
    "other organization's admin": other.admin.token,
    agent: world.agent.token,
    manager: world.manager.token,
    admin: world.admin.token,
  };
});

describe.each(endpoints)("$name", (endpoint) => {
  it.each(callers)("as %s", async (caller) => {
    const res = await endpoint.call(ids, tokens[caller]);
    expect(res.status).toBe(endpoint.expected[caller]);
    if (endpoint.name === "GET /api/people" && res.status === 200) {
      const emails = res.body.people.map((p: { email: string }) => p.email);
      expect(emails.includes(world.agent.email)).toBe(caller !== "other organization's admin");
      expect(JSON.stringify(res.body)).not.toMatch(/passwordHash|tokenHash/);
    }
  });
});
