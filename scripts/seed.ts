// `npm run db:seed`: the demo organization, once (running it again changes nothing).
import { withDatabase } from "@/lib/db/local-database";
import { migrate } from "@/lib/db/migrate";
import { prismaFor } from "@/lib/db/script-client";
import { seedDemo } from "@/prisma/seed";

await withDatabase(async (url) => {
  await migrate(url);
  const prisma = prismaFor(url);
  try {
    const created = await seedDemo(prisma);
    console.log(created ? "Seeded the demo organization." : "Demo organization already present; nothing to do.");
  } finally {
    await prisma.$disconnect();
  }
});
