import { hashPassword } from "@/lib/auth/password";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { ApiError } from "@/lib/http/api-error";

// Organizations and users made outside the People page: the first-run setup page, and the
// command line (`npm run org:create`, `npm run user:create`) for headless installations.

// Serialises every creation that checks "is this the first user?", so that two setup requests at
// once cannot both see an empty database.
const SETUP_LOCK = 8_214_071;

type NewOrganization = { organizationName: string; fullName: string; email: string; password: string };

/**
 * An organization and its first admin. With `onlyIfEmpty` (the setup page), refused once any user
 * exists, also when racing another setup: the check and the insert hold one advisory lock.
 */
export async function createOrganization(
  prisma: PrismaClient,
  input: NewOrganization,
  options: { onlyIfEmpty: boolean },
) {
  const passwordHash = await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SETUP_LOCK})`;
    if (options.onlyIfEmpty && (await tx.user.findFirst({ select: { id: true } }))) {
      throw new ApiError("conflict", "This installation is already set up; sign in instead");
    }
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new ApiError("conflict", "A user with this email already exists");
    }
    const organization = await tx.organization.create({ data: { name: input.organizationName } });
    const admin = await tx.user.create({
      data: {
        organizationId: organization.id,
        fullName: input.fullName,
        email: input.email,
        role: "ADMIN",
        passwordHash,
      },
      select: { id: true, email: true, fullName: true, role: true },
    });
    return { organization, admin };
  });
}

/** A user in an existing organization (the command line; the app invites instead). */
export async function createUser(
  prisma: PrismaClient,
  input: { organizationId: string; fullName: string; email: string; password: string; role: Role },
) {
  const { password, ...user } = input;
  const passwordHash = await hashPassword(password);
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SETUP_LOCK})`;
    if (await tx.user.findUnique({ where: { email: user.email }, select: { id: true } })) {
      throw new ApiError("conflict", "A user with this email already exists");
    }
    return tx.user.create({
      data: { ...user, passwordHash },
      select: { id: true, email: true, fullName: true, role: true, organizationId: true },
    });
  });
}

const globalForSetup = globalThis as unknown as { setUp?: boolean };

/** Whether any user exists; once true it stays true for this process, so pages ask the database once. */
export async function isSetUp(prisma: PrismaClient): Promise<boolean> {
  if (globalForSetup.setUp) return true;
  globalForSetup.setUp = Boolean(await prisma.user.findFirst({ select: { id: true } }));
  return globalForSetup.setUp;
}
