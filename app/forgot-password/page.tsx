import type { Metadata } from "next";
import Link from "next/link";
import { AuthPage } from "@/components/auth/auth-page";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { mailConfigured } from "@/lib/mail/send";

export const metadata: Metadata = { title: "Forgot password · Inbox" };

export default function ForgotPasswordPage() {
  if (!mailConfigured()) {
    return (
      <AuthPage title="Forgot your password?">
        <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-6 text-sm text-slate-800 shadow-sm">
          <p>
            This installation does not send email. Ask an admin of your organization for a password reset link: they can
            make one on the People page.
          </p>
          <Link href="/login" className="font-medium text-blue-700 hover:underline">
            Back to sign in
          </Link>
        </div>
      </AuthPage>
    );
  }
  return (
    <AuthPage title="Forgot your password?" intro="We will email you a link to choose a new one.">
      <ForgotPasswordForm />
    </AuthPage>
  );
}
