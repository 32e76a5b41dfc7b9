import "server-only";
import { canManagePeople, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { ApiError } from "@/lib/http/api-error";

// The viewer's organization: its name and time zone. Everyone in it reads them (the time zone
// says when business hours are); admins change them.

const fields = { id: true, name: true, timeZone: true, autopilotStalledMinutes: true, createdAt: true } as const;

export function getOrganization(viewer: Viewer) {
  return db.organization.findUniqueOrThrow({ where: { id: viewer.organizationId }, select: fields });
}

export async function updateOrganization(
  viewer: Viewer,
  input: { name?: string; timeZone?: string; autopilotStalledMinutes?: number },
) {
  if (!canManagePeople(viewer)) throw new ApiError("forbidden", "Only admins can change the organization");
  return db.organization.update({ where: { id: viewer.organizationId }, data: input, select: fields });
}
