import type { Role } from "@/lib/generated/prisma/enums";

// People and invitations as the People page and API show them. Never a password hash, a token or
// its hash.

export type PersonStatus = "active" | "deactivated";
export type InvitationStatus = "pending" | "expired" | "accepted" | "revoked";

export function personJson(user: {
  id: string;
  fullName: string;
  email: string;
  role: Role;
  deactivatedAt: Date | null;
  createdAt: Date;
}) {
  return {
    _id: user.id,
    fullName: user.fullName,
    email: user.email,
    role: user.role,
    status: (user.deactivatedAt ? "deactivated" : "active") as PersonStatus,
    deactivatedAt: user.deactivatedAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
  };
}

export function invitationStatus(
  invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date | null },
  now = new Date(),
): InvitationStatus {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  // No link yet (the email is still queued) counts as pending.
  if (invitation.expiresAt && invitation.expiresAt <= now) return "expired";
  return "pending";
}

export function invitationJson(invitation: {
  id: string;
  email: string;
  role: Role;
  expiresAt: Date | null;
  sentAt: Date | null;
  acceptedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
  invitedBy: { fullName: string } | null;
}) {
  return {
    _id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    status: invitationStatus(invitation),
    invitedBy: invitation.invitedBy?.fullName ?? null,
    expiresAt: invitation.expiresAt?.toISOString() ?? null,
    sentAt: invitation.sentAt?.toISOString() ?? null,
    createdAt: invitation.createdAt.toISOString(),
  };
}

export type PersonJson = ReturnType<typeof personJson>;
export type InvitationJson = ReturnType<typeof invitationJson>;

/** The organization as its settings page and GET /api/organization show it. */
export function organizationJson(organization: {
  id: string;
  name: string;
  timeZone: string;
  autopilotStalledMinutes: number;
  createdAt: Date;
}) {
  return {
    _id: organization.id,
    name: organization.name,
    timeZone: organization.timeZone,
    autopilotStalledMinutes: organization.autopilotStalledMinutes,
    createdAt: organization.createdAt.toISOString(),
  };
}

export type OrganizationJson = ReturnType<typeof organizationJson>;
