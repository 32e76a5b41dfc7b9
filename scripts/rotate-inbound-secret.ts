// `npm run inbound:secret -- --email <admin>`: a new secret for the inbound-message webhook of that
// admin's organization, printed once. The previous secret stops working at once.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { hashToken } from "@/lib/auth/api-token";
import { withDatabase } from "@/lib/db/local-database";
import { prismaFor } from "@/lib/db/script-client";

const { values } = parseArgs({ options: { email: { type: "string" } } });
if (!values.email) {
  console.error("usage: npm run inbound:secret -- --email <admin email>");
  process.exit(2);
}

await withDatabase(async (url) => {
  const prisma = prismaFor(url);
  try {
    const admin = await prisma.user.findUnique({ where: { email: values.email!.trim().toLowerCase() } });
    if (admin?.role !== "ADMIN") {
      console.error(`${values.email} is not an admin.`);
      process.exitCode = 1;
      return;
    }
    const secret = `whsec_${randomBytes(24).toString("base64url")}`;
    await prisma.organization.update({
      where: { id: admin.organizationId },
      data: { inboundSecretHash: hashToken(secret) },
    });
    console.error("New inbound webhook secret, shown only this once:");
    console.log(secret);
  } finally {
    await prisma.$disconnect();
  }
});
