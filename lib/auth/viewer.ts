import type { Role } from "@/lib/generated/prisma/enums";

// Who is asking, and what their role lets them see. Pure: the browser uses the same predicates.

/** The one shape both a Bearer token and a session cookie resolve to. */
export type Viewer = {
  userId: string;
  organizationId: string;
  role: Role;
  via: "token" | "session";
};

/** The signed-in user as pages show them. */
/** The signed-in person as the browser knows them; timeZone is their organization's (snooze times). */
export type ViewerInfo = { id: string; name: string; email: string; role: Role; timeZone: string };

/** Admins and managers see every conversation of their organization; agents what they own or hold. */
export function canSeeWholeOrganization(viewer: { role: Role }): boolean {
  return viewer.role === "ADMIN" || viewer.role === "MANAGER";
}

/** Admins manage people (invite, change roles, deactivate); managers may only look. */
export function canManagePeople(viewer: { role: Role }): boolean {
  return viewer.role === "ADMIN";
}
