import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";

/** The organization's users, for assignee pickers and the team view, with their open workload. */
export async function listOrganizationUsers({ viewer }: { viewer: Viewer }) {
  const [users, open] = await Promise.all([
    db.user.findMany({
      where: { organizationId: viewer.organizationId },
      orderBy: [{ fullName: "asc" }, { id: "asc" }],
      select: { id: true, fullName: true, email: true, role: true, deactivatedAt: true },
    }),
    db.conversationAssignee.groupBy({
      by: ["userId"],
      where: { conversation: { organizationId: viewer.organizationId, isResolved: false } },
      _count: { _all: true },
    }),
  ]);
  const openByUser = new Map(open.map((o) => [o.userId, o._count._all]));
  return users.map((u) => ({ ...u, openAssigned: openByUser.get(u.id) ?? 0 }));
}
