import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { createOrganization, createUser } from "@/lib/accounts/first-run";
import { prismaFor } from "@/lib/db/script-client";
import type { AppServer } from "./app-server";

// An organization on an app server of a test's own (e2e/support/app-server.ts), made as the command
// line makes them: admin Ada and agent Sam, with one password; and signing in through the form.

export const TEAM_PASSWORD = "first password";

export async function seedTeam(app: AppServer) {
  const tag = randomBytes(4).toString("hex");
  const prisma = prismaFor(app.databaseUrl);
  try {
    const { organization, admin } = await createOrganization(
      prisma,
      {
        organizationName: `Acme ${tag}`,
        fullName: `Ada ${tag}`,
        email: `ada-${tag}@e2e.test`,
        password: TEAM_PASSWORD,
      },
      { onlyIfEmpty: false },
    );
    const agent = await createUser(prisma, {
      organizationId: organization.id,
      fullName: `Sam ${tag}`,
      email: `sam-${tag}@e2e.test`,
      password: TEAM_PASSWORD,
      role: "AGENT",
    });
    return { tag, organization, admin, agent };
  } finally {
    await prisma.$disconnect();
  }
}

/** Signs in through the form, as a person does. */
export async function signInWithForm(page: Page, email: string, password = TEAM_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/inbox/);
}
