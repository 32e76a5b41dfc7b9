// `npm run token:create -- --email <user> [--name <label>]`: prints a new personal API token once.
import { parseArgs } from "node:util";
import { withDatabase } from "@/lib/db/local-database";

const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string", default: "Command line" } },
});
if (!values.email) {
  console.error("usage: npm run token:create -- --email <user> [--name <label>]");
  process.exit(2);
}

await withDatabase(async (url) => {
  // The app's own modules read DATABASE_URL on first use: point them at this database.
  process.env.DATABASE_URL = url;
  process.env.DATABASE_POOL_MAX = "1";
  const { db } = await import("@/lib/db");
  const { createApiToken } = await import("@/lib/services/api-tokens");
  const user = await db.user.findUnique({ where: { email: values.email!.trim().toLowerCase() } });
  if (!user) {
    console.error(`No user with email ${values.email}.`);
    process.exitCode = 1;
  } else {
    const { token } = await createApiToken({ userId: user.id, name: values.name! });
    console.error(`Token "${values.name}" for ${user.email} (${user.role}). It is shown only this once:`);
    console.log(token);
  }
  await db.$disconnect();
});
