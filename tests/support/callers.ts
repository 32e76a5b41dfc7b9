// The ten kinds of caller of a conversation's access matrix, shared by the endpoints' matrix
// (tests/api/access) and the live events' (tests/events): the same rule, checked both ways.
export const callers = [
  "no credentials",
  "malformed header",
  "unknown token",
  "revoked token",
  "other organization's admin",
  "unrelated agent",
  "owner agent",
  "assignee agent",
  "manager",
  "admin",
] as const;

export type Caller = (typeof callers)[number];

export type Credentials = { token?: string; headers?: Record<string, string> };
type Person = { id: string; token: string };

/** A user of the organization whose API token has been revoked: the "revoked token" caller. */
export async function revokedUser(organizationId: string): Promise<Person> {
  const { createUser } = await import("./factories");
  const { db } = await import("@/lib/db/client");
  const { revokeApiToken } = await import("@/lib/tokens/api-tokens");
  const user = await createUser(organizationId, "ADMIN");
  const token = await db.apiToken.findFirstOrThrow({ where: { userId: user.id } });
  await revokeApiToken({ viewer: { userId: user.id, organizationId, role: "ADMIN", via: "token" }, tokenId: token.id });
  return user;
}

/** Each caller's credentials, for a conversation of `world` owned by `owner` and assigned to its agent. */
export function credentialsOf(
  world: { admin: Person; manager: Person; agent: Person; otherAgent: Person },
  other: { admin: Person },
  owner: Person,
  revoked: Person,
): Record<Caller, Credentials> {
  return {
    "no credentials": {},
    "malformed header": { headers: { authorization: `Basic ${world.admin.token}` } },
    "unknown token": { token: "tk_thisTokenDoesNotExist0000000000000000000000" },
    "revoked token": { token: revoked.token },
    "other organization's admin": { token: other.admin.token },
    "unrelated agent": { token: world.otherAgent.token },
    "owner agent": { token: owner.token },
    "assignee agent": { token: world.agent.token },
    manager: { token: world.manager.token },
    admin: { token: world.admin.token },
  };
}
