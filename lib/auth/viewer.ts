import type { Role } from "@/lib/generated/prisma/enums";

/** Who is asking: the one shape both a Bearer token and a session cookie resolve to. */
export type Viewer = {
  userId: string;
  organizationId: string;
  role: Role;
  via: "token" | "session";
};

export function canSeeWholeOrganization(viewer: Pick<Viewer, "role">): boolean {
  return viewer.role === "ADMIN" || viewer.role === "MANAGER";
}
