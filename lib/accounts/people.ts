import "server-only";
import { forgetUserTokens } from "@/lib/auth/token-viewer";
import { canManagePeople, canSeeWholeOrganization, type Viewer } from "@/lib/auth/viewer";
import { actingAsSql } from "@/lib/db/actor";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { ApiError } from "@/lib/http/api-error";

// The people of an organization: who they are, their role, whether they may sign in. Admins change
// them; managers may look; agents see only the assignee pickers' list (lib/users).

const personSelect = {
  id: true,
  fullName: true,
  email: true,
  role: true,
  deactivatedAt: true,
  createdAt: true,
} as const;

export function assertCanSeePeople(viewer: Viewer) {
  if (!canSeeWholeOrganization(viewer)) throw new ApiError("forbidden", "Only admins and managers can see people");
}

export function assertCanManagePeople(viewer: Viewer) {
  if (!canManagePeople(viewer)) throw new ApiError("forbidden", "Only admins can manage people");
}

/** Everyone in the viewer's organization, active first, then by name. */
export async function listPeople(viewer: Viewer) {
  assertCanSeePeople(viewer);
  const people = await db.user.findMany({
    where: { organizationId: viewer.organizationId },
    orderBy: [{ fullName: "asc" }, { id: "asc" }],
    select: personSelect,
  });
  return people.sort((a, b) => Number(Boolean(a.deactivatedAt)) - Number(Boolean(b.deactivatedAt)));
}

/**
 * Changes a person's role and/or whether they may sign in. Deactivating ends their sessions (their
 * session version moves on), revokes their API tokens and any reset links, in one transaction; their
 * conversations and messages stay theirs. Refused when it would leave the organization without an
 * active admin: the organization's row is locked first, so two admins demoting each other at once
 * cannot both succeed.
 */
export async function changePerson(viewer: Viewer, userId: string, change: { role?: Role; active?: boolean }) {
  assertCanManagePeople(viewer);
  const person = await db.$transaction(async (tx) => {
    await tx.$queryRaw(actingAsSql(viewer.userId));
    await tx.$queryRaw`SELECT 1 FROM "Organization" WHERE id = ${viewer.organizationId} FOR UPDATE`;
    const current = await tx.user.findFirst({
      where: { id: userId, organizationId: viewer.organizationId },
      select: { deactivatedAt: true },
    });
    if (!current) throw new ApiError("not_found", "Person not found");
    const deactivate = change.active === false && !current.deactivatedAt;
    const now = new Date();
    const updated = await tx.user.update({
      where: { id: userId },
      data: {
        role: change.role,
        ...(deactivate ? { deactivatedAt: now, sessionVersion: { increment: 1 } } : {}),
        ...(change.active === true ? { deactivatedAt: null } : {}),
      },
      select: personSelect,
    });
    const admins = await tx.user.count({
      where: { organizationId: viewer.organizationId, role: "ADMIN", deactivatedAt: null },
    });
    if (admins === 0) throw new ApiError("conflict", "An organization needs at least one active admin");
    if (deactivate) {
      await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
      await tx.passwordReset.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
    }
    return updated;
  });
  if (person.deactivatedAt) forgetUserTokens(userId);
  return person;
}
