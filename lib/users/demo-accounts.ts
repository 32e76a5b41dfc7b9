import "server-only";
import { db } from "@/lib/db/client";
import { DEMO_PASSWORD, demoUsers } from "@/prisma/demo-data";

/** The demo accounts to list on the sign-in page, only when the database holds the demo organization. */
export async function demoAccounts() {
  const seeded = await db.user.findUnique({ where: { email: demoUsers[0]!.email }, select: { id: true } });
  return seeded ? { password: DEMO_PASSWORD, users: demoUsers.map(({ email, role }) => ({ email, role })) } : null;
}
