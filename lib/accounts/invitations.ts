import "server-only";
import { hashPassword } from "@/lib/auth/password";
import type { Viewer } from "@/lib/auth/viewer";
import { actingAsSql } from "@/lib/db/actor";
import { db } from "@/lib/db/client";
import { query, transaction } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { ApiError } from "@/lib/http/api-error";
import { mailConfigured } from "@/lib/mail/send";
import { enqueueEmail } from "./email-queue";
import { invitationStatus } from "./json";
import { hashLinkToken, isLinkToken, linkUrl, newLinkToken } from "./links";
import { assertCanManagePeople, assertCanSeePeople } from "./people";

// Invitations: an admin invites an email with a role; the invitee opens the link, sets a name and a
// password, and is a user. The link is emailed by a worker when SMTP is configured, or shown once to
// the admin; either way a new link replaces the last one.

export const INVITATION_DAYS = 7;

const invitationSelect = {
  id: true,
  email: true,
  role: true,
  expiresAt: true,
  sentAt: true,
  acceptedAt: true,
  revokedAt: true,
  createdAt: true,
  invitedBy: { select: { fullName: true } },
} as const;

/** Open invitations (pending or expired) of the viewer's organization, newest first. */
export async function listInvitations(viewer: Viewer) {
  assertCanSeePeople(viewer);
  return db.invitation.findMany({
    where: { organizationId: viewer.organizationId, acceptedAt: null, revokedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: invitationSelect,
  });
}

/**
 * Invites an email. With SMTP the email job is enqueued in the same transaction (so an invitation
 * is never left unsent, nor sent for one that was rolled back); without, the link is returned once.
 */
export async function invite(viewer: Viewer, input: { email: string; role: Role }, origin: string) {
  assertCanManagePeople(viewer);
  const id = await transaction(async (tx) => {
    const [existing] = await query<{ id: string }>(Prisma.sql`SELECT id FROM "User" WHERE email = ${input.email}`, tx);
    if (existing) throw new ApiError("conflict", "Someone with this email already has an account");
    const [row] = await query<{ id: string }>(
      Prisma.sql`
        INSERT INTO "Invitation" ("organizationId", email, role, "invitedById")
        VALUES (${viewer.organizationId}, ${input.email}, ${input.role}::"Role", ${viewer.userId})
        ON CONFLICT ("organizationId", email) WHERE "acceptedAt" IS NULL AND "revokedAt" IS NULL DO NOTHING
        RETURNING id`,
      tx,
    );
    if (!row) throw new ApiError("conflict", "This email has already been invited; send the invitation again instead");
    if (mailConfigured()) await enqueueEmail({ kind: "invitation", invitationId: row.id }, tx);
    return row.id;
  });
  const link = mailConfigured() ? null : await newLink(id, origin);
  return { invitation: await findInvitation(viewer, id), link };
}

/** Sends an open invitation again: a new link (the old one stops working), by email or shown once. */
export async function sendAgain(viewer: Viewer, invitationId: string, origin: string) {
  assertCanManagePeople(viewer);
  await findInvitation(viewer, invitationId, { open: true });
  let link: string | null = null;
  if (mailConfigured()) await enqueueEmail({ kind: "invitation", invitationId });
  else link = await newLink(invitationId, origin);
  return { invitation: await findInvitation(viewer, invitationId), link };
}

export async function revokeInvitation(viewer: Viewer, invitationId: string) {
  assertCanManagePeople(viewer);
  const { count } = await db.$transaction(async (tx) => {
    await tx.$queryRaw(actingAsSql(viewer.userId));
    return tx.invitation.updateMany({
      where: { id: invitationId, organizationId: viewer.organizationId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
  });
  if (count === 0) throw new ApiError("not_found", "Invitation not found");
  return findInvitation(viewer, invitationId);
}

async function findInvitation(viewer: Viewer, id: string, options: { open?: boolean } = {}) {
  const invitation = await db.invitation.findFirst({
    where: {
      id,
      organizationId: viewer.organizationId,
      ...(options.open ? { acceptedAt: null, revokedAt: null } : {}),
    },
    select: invitationSelect,
  });
  if (!invitation) throw new ApiError("not_found", "Invitation not found");
  return invitation;
}

/** Mints an open invitation's link, valid for INVITATION_DAYS; also what the email worker does. */
export async function mintInvitationLink(on: Parameters<typeof query>[1], invitationId: string) {
  const { token, tokenHash } = newLinkToken();
  const [row] = await query<{ email: string; role: Role; organizationName: string; invitedBy: string | null }>(
    Prisma.sql`
      UPDATE "Invitation" i
      SET "tokenHash" = ${tokenHash}, "expiresAt" = now() + make_interval(days => ${INVITATION_DAYS}), "sentAt" = now()
      FROM "Organization" o
      WHERE i.id = ${invitationId} AND o.id = i."organizationId" AND i."acceptedAt" IS NULL AND i."revokedAt" IS NULL
      RETURNING i.email, i.role, o.name AS "organizationName",
        (SELECT "fullName" FROM "User" WHERE id = i."invitedById") AS "invitedBy"`,
    on,
  );
  return row ? { ...row, token } : null;
}

async function newLink(invitationId: string, origin: string) {
  const minted = await mintInvitationLink(undefined, invitationId);
  if (!minted) throw new ApiError("not_found", "Invitation not found");
  return linkUrl("invite", minted.token, origin);
}

export type InvitationLinkState =
  | { status: "valid"; email: string; role: Role; organizationName: string }
  | { status: "expired" | "accepted" | "revoked" | "unknown" };

/** What an invitation link leads to, for its page. */
export async function invitationByToken(token: string): Promise<InvitationLinkState> {
  if (!isLinkToken(token)) return { status: "unknown" };
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: {
      email: true,
      role: true,
      acceptedAt: true,
      revokedAt: true,
      expiresAt: true,
      organization: { select: { name: true } },
    },
  });
  if (!invitation) return { status: "unknown" };
  const status = invitationStatus(invitation);
  if (status !== "pending") return { status };
  return {
    status: "valid",
    email: invitation.email,
    role: invitation.role,
    organizationName: invitation.organization.name,
  };
}

/**
 * Accepts an invitation: single use even under a race, since taking it is one conditional UPDATE
 * (only one of several parallel requests finds it still open), and the user is created in the same
 * transaction (a failure gives the invitation back).
 */
export async function acceptInvitation(input: { token: string; fullName: string; password: string }) {
  if (!isLinkToken(input.token)) throw new ApiError("not_found", "This invitation link is not valid");
  const passwordHash = await hashPassword(input.password);
  const tokenHash = hashLinkToken(input.token);
  return transaction(async (tx) => {
    const [taken] = await query<{ id: string; organizationId: string; email: string; role: Role }>(
      Prisma.sql`
        UPDATE "Invitation" SET "acceptedAt" = now()
        WHERE "tokenHash" = ${tokenHash} AND "acceptedAt" IS NULL AND "revokedAt" IS NULL AND "expiresAt" > now()
        RETURNING id, "organizationId", email, role`,
      tx,
    );
    if (!taken) {
      const state = await invitationByToken(input.token);
      throw linkRefusal(state.status);
    }
    const [user] = await query<{ id: string; email: string }>(
      Prisma.sql`
        INSERT INTO "User" ("organizationId", email, "fullName", role, "passwordHash", "updatedAt")
        VALUES (${taken.organizationId}, ${taken.email}, ${input.fullName}, ${taken.role}::"Role", ${passwordHash}, now())
        ON CONFLICT (email) DO NOTHING
        RETURNING id, email`,
      tx,
    );
    if (!user) throw new ApiError("conflict", "Someone with this email already has an account; sign in instead");
    await query(Prisma.sql`UPDATE "Invitation" SET "acceptedUserId" = ${user.id} WHERE id = ${taken.id}`, tx);
    return user;
  });
}

function linkRefusal(status: InvitationLinkState["status"]) {
  if (status === "accepted") return new ApiError("gone", "This invitation has already been used; sign in instead");
  if (status === "revoked")
    return new ApiError("gone", "This invitation has been withdrawn; ask an admin for a new one");
  if (status === "expired") return new ApiError("gone", "This invitation has expired; ask an admin to send it again");
  return new ApiError("not_found", "This invitation link is not valid");
}
