import type { Metadata } from "next";
import { AcceptInvitationForm } from "@/components/auth/accept-invitation-form";
import { AuthPage } from "@/components/auth/auth-page";
import { LinkProblem } from "@/components/auth/link-problem";
import { invitationByToken } from "@/lib/accounts/invitations";

export const metadata: Metadata = { title: "Join · Inbox" };

const problems = {
  expired: "This invitation has expired. Ask an admin of your organization to send it again.",
  accepted: "This invitation has already been used. Sign in with the email and password you chose.",
  revoked: "This invitation has been withdrawn. Ask an admin of your organization for a new one.",
  unknown:
    "This invitation link is not valid. Check that you opened the whole link from the email, or ask for a new one.",
} as const;

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await invitationByToken(token);
  if (invitation.status !== "valid") return <LinkProblem title="Invitation" message={problems[invitation.status]} />;
  return (
    <AuthPage
      title={`Join ${invitation.organizationName}`}
      intro={`You are invited as ${invitation.role.toLowerCase()}. Choose your name and a password.`}
    >
      <AcceptInvitationForm token={token} email={invitation.email} />
    </AuthPage>
  );
}
