import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthPage } from "@/components/auth/auth-page";
import { SetupForm } from "@/components/auth/setup-form";
import { isSetUp } from "@/lib/accounts/first-run";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "Set up · Inbox" };

// Only while the database has no users; after that, sign-in.
export default async function SetupPage() {
  if (await isSetUp(db)) redirect("/login");
  return (
    <AuthPage
      title="Set up Inbox"
      intro="Create your organization and its first admin account. You can invite your team next."
    >
      <SetupForm />
    </AuthPage>
  );
}
