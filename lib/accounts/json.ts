import { z } from "zod";
import { roles } from "@/lib/accounts/schemas";
import type { Role } from "@/lib/generated/prisma/enums";
import { jsonDate, jsonId } from "@/lib/schemas";

// People and invitations as the People page and API show them. Never a password hash, a token or
// its hash.

export const personJsonSchema = z.strictObject({
  _id: jsonId,
  fullName: z.string(),
  email: z.string(),
  role: z.enum(roles),
  status: z.enum(["active", "deactivated"]),
  deactivatedAt: jsonDate.nullable(),
  createdAt: jsonDate,
});
export type PersonJson = z.infer<typeof personJsonSchema>;

export const invitationJsonSchema = z.strictObject({
  _id: jsonId,
  email: z.string(),
  role: z.enum(roles),
  status: z.enum(["pending", "expired", "accepted", "revoked"]),
  invitedBy: z.string().nullable(),
  expiresAt: jsonDate.nullable(),
  sentAt: jsonDate.nullable(),
  createdAt: jsonDate,
});
export type InvitationJson = z.infer<typeof invitationJsonSchema>;
export type InvitationStatus = InvitationJson["status"];

export const organizationJsonSchema = z.strictObject({
  _id: jsonId,
  name: z.string(),
  timeZone: z.string(),
  autopilotStalledMinutes: z.number().int(),
  createdAt: jsonDate,
});
export type OrganizationJson = z.infer<typeof organizationJsonSchema>;

export function personJson(user: {
  id: string;
  fullName: string;
  email: string;
  role: Role;
  deactivatedAt: Date | null;
  createdAt: Date;
}): PersonJson {
  return {
    _id: user.id,
    fullName: user.fullName,
    email: user.email,
    role: user.role,
    status: user.deactivatedAt ? "deactivated" : "active",
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
}): InvitationJson {
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

/** The organization as its settings page and GET /api/organization show it. */
export function organizationJson(organization: {
  id: string;
  name: string;
  timeZone: string;
  autopilotStalledMinutes: number;
  createdAt: Date;
}): OrganizationJson {
  return {
    _id: organization.id,
    name: organization.name,
    timeZone: organization.timeZone,
    autopilotStalledMinutes: organization.autopilotStalledMinutes,
    createdAt: organization.createdAt.toISOString(),
  };
}
