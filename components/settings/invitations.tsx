"use client";
import { useState } from "react";
import { toast } from "sonner";
import { Button, SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { relativeTime } from "@/components/ui/format";
import { failed } from "@/components/ui/notify";
import { EmptyState } from "@/components/ui/states";
import type { InvitationJson } from "@/lib/accounts/json";
import type { Role } from "@/lib/queries/settings-endpoints";
import { useInvite, useRevokeInvitation, useSendInvitationAgain } from "@/lib/queries/use-people";
import { RoleSelect, roleLabels } from "./roles";

type OnLink = (shown: { title: string; value: string; label: string }) => void;

const linkShown = (email: string, link: string) => ({
  title: `Invitation link for ${email}. Pass it on yourself: it works once, for 7 days, and will not be shown again.`,
  value: link,
  label: "Invitation link",
});

/** Invite someone by email with a role: emailed when the server sends email, else a link to pass on. */
export function InviteForm({ onLink }: { onLink: OnLink }) {
  const invite = useInvite();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("AGENT");
  return (
    <form
      aria-label="Invite someone"
      className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        invite.mutate(
          { email: email.trim(), role },
          {
            onSuccess: ({ data, link }) => {
              setEmail("");
              if (link) onLink(linkShown(data.email, link));
              else toast.success(`Invitation sent to ${data.email}`);
            },
          },
        );
      }}
    >
      <div className="min-w-56 flex-1">
        <Field
          label="Email"
          type="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          placeholder="colleague@example.com"
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="invite-role" className="block text-sm font-medium text-slate-800">
          Role
        </label>
        <RoleSelect id="invite-role" value={role} onChange={setRole} />
      </div>
      <SubmitButton variant="primary" disabled={!email.trim() || invite.isPending}>
        {invite.isPending ? "Inviting…" : "Invite"}
      </SubmitButton>
      {invite.isError && (
        <p role="alert" className="w-full text-sm text-red-800">
          {invite.error.message}
        </p>
      )}
    </form>
  );
}

/** Open invitations: pending (emailed or waiting for the email) or expired; send again or withdraw. */
export function InvitationsSection({
  invitations,
  canManage,
  onLink,
}: {
  invitations: InvitationJson[];
  canManage: boolean;
  onLink: OnLink;
}) {
  const again = useSendInvitationAgain();
  const revoke = useRevokeInvitation();
  return (
    <section aria-labelledby="invitations-heading" className="rounded-lg border border-slate-200 bg-white">
      <h2 id="invitations-heading" className="border-b border-slate-200 px-4 py-2 text-sm font-medium text-slate-800">
        Invitations
      </h2>
      {invitations.length === 0 && <EmptyState title="No open invitations" />}
      <ul aria-label="Invitations">
        {invitations.map((invitation) => (
          <li
            key={invitation._id}
            className="flex flex-wrap items-center gap-3 border-t border-slate-100 px-4 py-2 first:border-t-0"
          >
            <div className="min-w-0 flex-1">
              <p className="truncate text-sm text-slate-900">{invitation.email}</p>
              <p className="text-xs text-slate-600">
                {roleLabels[invitation.role as Role]} · {invitationState(invitation)}
              </p>
            </div>
            {invitation.status === "expired" && (
              <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">Expired</span>
            )}
            {canManage && (
              <>
                <Button
                  size="sm"
                  aria-label={`Send the invitation to ${invitation.email} again`}
                  disabled={again.isPending}
                  onClick={() =>
                    again.mutate(invitation._id, {
                      onSuccess: ({ link }) =>
                        link
                          ? onLink(linkShown(invitation.email, link))
                          : toast.success(`Sent to ${invitation.email} again`),
                      onError: failed("Could not send it again"),
                    })
                  }
                >
                  Send again
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={`Withdraw the invitation to ${invitation.email}`}
                  onClick={() => revoke.mutate(invitation._id, { onError: failed("Could not withdraw it") })}
                >
                  Withdraw
                </Button>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function invitationState(invitation: InvitationJson): string {
  const by = invitation.invitedBy ? ` by ${invitation.invitedBy}` : "";
  if (invitation.status === "expired") return `invited${by}; the link has expired`;
  if (!invitation.sentAt) return `invited${by} ${ago(invitation.createdAt)}; sending…`;
  return `link made ${ago(invitation.sentAt)}${by}`;
}

const ago = (iso: string) => {
  const when = relativeTime(iso);
  return when === "now" ? "just now" : /\d$/.test(when) ? `on ${when}` : `${when} ago`;
};
