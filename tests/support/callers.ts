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
