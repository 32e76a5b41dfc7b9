import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { isSetUp } from "@/lib/accounts/first-run";
import { getPageViewer } from "@/lib/auth/page-viewer";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { db } from "@/lib/db/client";
import { demoAccounts } from "@/lib/users/demo-accounts";

export const metadata: Metadata = { title: "Sign in · Inbox" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  // A new installation has nobody to sign in yet: first run.
  if (!(await isSetUp(db))) redirect("/setup");
  if (await getPageViewer()) redirect("/inbox");
  const { error } = await searchParams;
  const demo = await demoAccounts();
  return (
    <main className="flex min-h-dvh items-center justify-center p-4">
      <div className="w-full max-w-sm space-y-6">
        <div className="text-center">
          <h1 className="text-2xl font-semibold text-slate-900">Sign in to Inbox</h1>
          <p className="mt-1 text-sm text-slate-600">Every conversation with your contacts, in one place.</p>
        </div>
        <LoginForm initialError={signInErrorMessage(error)} />
        {demo && (
          <section aria-labelledby="demo-heading" className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
            <h2 id="demo-heading" className="font-medium text-slate-800">
              Demo accounts <span className="font-normal text-slate-600">(password {demo.password})</span>
            </h2>
            <ul className="mt-2 space-y-1 text-slate-700">
              {demo.users.map((u) => (
                <li key={u.email} className="flex justify-between gap-2">
                  <span className="font-mono">{u.email}</span>
                  <span className="text-slate-600">{u.role.toLowerCase()}</span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </main>
  );
}
