import type { Metadata } from "next";
import { AuthPage } from "@/components/auth/auth-page";
import { LinkProblem } from "@/components/auth/link-problem";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { resetByToken } from "@/lib/accounts/passwords";

export const metadata: Metadata = { title: "Reset password · Inbox" };

const problems = {
  expired: "This reset link has expired: links work for one hour. Ask for a new one from the sign-in page.",
  used: "This reset link has already been used. Sign in with your new password, or ask for another link.",
  unknown: "This reset link is not valid. Check that you opened the whole link, or ask for a new one.",
} as const;

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const reset = await resetByToken(token);
  if (reset.status !== "valid") return <LinkProblem title="Reset password" message={problems[reset.status]} />;
  return (
    <AuthPage title="Choose a new password" intro="Your other sessions will be signed out.">
      <ResetPasswordForm token={token} email={reset.email} />
    </AuthPage>
  );
}
