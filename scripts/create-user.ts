// `npm run user:create -- --email <email> --name <name> [--role AGENT|MANAGER|ADMIN]
//  [--organization <id or name>]`: a user in an existing organization (the only one, when there is
// one). The password is read from USER_PASSWORD, or asked for on the terminal.
import { parseArgs } from "node:util";
import { z } from "zod";
import { createUser } from "@/lib/accounts/first-run";
import { email, password, roles } from "@/lib/accounts/schemas";
import { withDatabase } from "@/lib/db/local-database";
import { prismaFor } from "@/lib/db/script-client";
import { readPassword, refuse } from "./prompt";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    name: { type: "string" },
    role: { type: "string", default: "AGENT" },
    organization: { type: "string" },
  },
});
if (!values.email || !values.name) {
  refuse(
    "usage: npm run user:create -- --email <email> --name <name> [--role AGENT|MANAGER|ADMIN] [--organization <id or name>]",
  );
}
const input = z
  .object({ email, fullName: z.string().trim().min(1).max(100), role: z.enum(roles), password })
  .safeParse({
    email: values.email,
    fullName: values.name,
    role: values.role?.toUpperCase(),
    password: await readPassword("USER_PASSWORD", `Password for ${values.email}: `),
  });
if (!input.success) refuse(input.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n"));

await withDatabase(async (url) => {
  const prisma = prismaFor(url);
  try {
    const wanted = values.organization;
    const organizations = await prisma.organization.findMany({
      where: wanted ? { OR: [{ id: wanted }, { name: wanted }] } : {},
      select: { id: true, name: true },
      take: 2,
    });
    if (organizations.length !== 1) {
      refuse(
        organizations.length === 0
          ? "No such organization. Create one with `npm run org:create`."
          : "More than one organization matches: pass --organization <id>.",
      );
    }
    const organization = organizations[0]!;
    const user = await createUser(prisma, { ...input.data, organizationId: organization.id });
    console.log(`Created ${user.role.toLowerCase()} ${user.email} in "${organization.name}".`);
  } catch (error) {
    refuse((error as Error).message);
  } finally {
    await prisma.$disconnect();
  }
});
