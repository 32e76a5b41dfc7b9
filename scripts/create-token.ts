// `npm run token:create -- --email <user> [--name <label>]`: prints a new personal API token once.
import { parseArgs } from "node:util";
import { newApiToken } from "@/lib/auth/api-token";
import { withDatabase } from "@/lib/db/local-database";
import { prismaFor } from "@/lib/db/script-client";

const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string", default: "Command line" } },
});
if (!values.email) {
  console.error("usage: npm run token:create -- --email <user> [--name <label>]");
  process.exit(2);
}

await withDatabase(async (url) => {
  const prisma = prismaFor(url);
  try {
    const user = await prisma.user.findUnique({ where: { email: values.email!.trim().toLowerCase() } });
    if (!user) {
      console.error(`No user with email ${values.email}.`);
      process.exitCode = 1;
      return;
    }
    const { token, tokenHash, prefix } = newApiToken();
    await prisma.apiToken.create({ data: { userId: user.id, name: values.name!, tokenHash, prefix } });
    console.error(`Token "${values.name}" for ${user.email} (${user.role}), shown only this once:`);
    console.log(token);
  } finally {
    await prisma.$disconnect();
  }
});
