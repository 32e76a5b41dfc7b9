// `npm run org:create -- --name <organization> --admin-email <email> [--admin-name <name>]`: a new
// organization and its first admin, for headless installations. The password is read from
// ADMIN_PASSWORD, or asked for on the terminal, so that it stays out of the shell's history.
import { parseArgs } from "node:util";
import { createOrganization } from "@/lib/accounts/first-run";
import { setupInput } from "@/lib/accounts/schemas";
import { withDatabase } from "@/lib/db/local-database";
import { prismaFor } from "@/lib/db/script-client";
import { readPassword, refuse } from "./prompt";

const { values } = parseArgs({
  options: { name: { type: "string" }, "admin-email": { type: "string" }, "admin-name": { type: "string" } },
});
if (!values.name || !values["admin-email"]) {
  refuse("usage: npm run org:create -- --name <organization> --admin-email <email> [--admin-name <name>]");
}
const input = setupInput.safeParse({
  organizationName: values.name,
  fullName: values["admin-name"] ?? values["admin-email"]!.split("@")[0],
  email: values["admin-email"],
  password: await readPassword("ADMIN_PASSWORD", `Password for ${values["admin-email"]}: `),
});
if (!input.success) refuse(input.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n"));

await withDatabase(async (url) => {
  const prisma = prismaFor(url);
  try {
    const { organization, admin } = await createOrganization(prisma, input.data, { onlyIfEmpty: false });
    console.log(`Created organization "${organization.name}" (${organization.id}) with admin ${admin.email}.`);
  } catch (error) {
    refuse((error as Error).message);
  } finally {
    await prisma.$disconnect();
  }
});
