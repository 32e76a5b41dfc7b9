"use client";
import { useState } from "react";
import { toast } from "sonner";
import { useViewer } from "@/components/layout/viewer-context";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { failed } from "@/components/ui/notify";
import { ShownOnce } from "@/components/ui/shown-once";
import { QueryStates } from "@/components/ui/states";
import { canManagePeople } from "@/lib/auth/viewer";
import { useChangePerson, usePeople, useResetLink } from "@/lib/queries/use-people";
import { InvitationsSection, InviteForm } from "./invitations";
import { RoleSelect, roleLabels } from "./roles";

/** People of the organization: admins change roles, deactivate and make reset links; managers look. */
export function PeopleView() {
  const viewer = useViewer();
  const people = usePeople();
  const canManage = canManagePeople(viewer);
  const [shown, setShown] = useState<{ title: string; value: string; label: string } | null>(null);

  return (
    <main className="mx-auto h-full max-w-3xl space-y-6 overflow-y-auto p-4">
      <div>
        <h1 className="text-xl font-semibold text-slate-900">People</h1>
        <p className="mt-1 text-sm text-slate-600">
          {canManage
            ? "Invite your team, choose what each person may do, and take access away when someone leaves."
            : "Everyone in your organization. Only admins can invite people or change their access."}
        </p>
      </div>
      {canManage && <InviteForm onLink={setShown} />}
      {shown && <ShownOnce {...shown} onDismiss={() => setShown(null)} />}
      <section aria-labelledby="people-heading" className="rounded-lg border border-slate-200 bg-white">
        <h2 id="people-heading" className="border-b border-slate-200 px-4 py-2 text-sm font-medium text-slate-800">
          Members
        </h2>
        <QueryStates query={people} loading="Loading people" lines={2} />
        <ul aria-label="Members">
          {people.data?.people.map((person) => (
            <PersonRow
              key={person._id}
              person={person}
              canManage={canManage}
              isYou={person._id === viewer.id}
              onLink={setShown}
            />
          ))}
        </ul>
      </section>
      {people.data && (
        <InvitationsSection invitations={people.data.invitations} canManage={canManage} onLink={setShown} />
      )}
    </main>
  );
}

type Person = NonNullable<ReturnType<typeof usePeople>["data"]>["people"][number];
type OnLink = (shown: { title: string; value: string; label: string }) => void;

function PersonRow({
  person,
  canManage,
  isYou,
  onLink,
}: {
  person: Person;
  canManage: boolean;
  isYou: boolean;
  onLink: OnLink;
}) {
  const change = useChangePerson();
  const resetLink = useResetLink();
  const [confirming, setConfirming] = useState(false);
  const deactivated = person.status === "deactivated";
  return (
    <li className="flex flex-wrap items-center gap-3 border-t border-slate-100 px-4 py-2 first:border-t-0">
      <Avatar name={person.fullName} id={person._id} />
      <div className="min-w-0 flex-1">
        <p className={`truncate text-sm ${deactivated ? "text-slate-500 line-through" : "text-slate-900"}`}>
          {person.fullName}
          {isYou && <span className="ml-1 text-slate-500">(you)</span>}
        </p>
        <p className="truncate text-xs text-slate-600">{person.email}</p>
      </div>
      {deactivated && <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">Deactivated</span>}
      {canManage ? (
        <RoleSelect
          aria-label={`Role of ${person.fullName}`}
          value={person.role}
          disabled={change.isPending}
          onChange={(role) =>
            change.mutate(
              { id: person._id, role },
              {
                onSuccess: () => toast.success(`${person.fullName} is now ${roleLabels[role].toLowerCase()}`),
                onError: failed("Could not change the role"),
              },
            )
          }
        />
      ) : (
        <span className="text-sm text-slate-700">{roleLabels[person.role]}</span>
      )}
      {canManage && !deactivated && (
        <Button
          size="sm"
          variant="ghost"
          aria-label={`Reset link for ${person.fullName}`}
          disabled={resetLink.isPending}
          onClick={() =>
            resetLink.mutate(person._id, {
              onSuccess: ({ link, expiresInMinutes }) =>
                onLink({
                  title: `Password reset link for ${person.fullName}. It works once, for ${expiresInMinutes} minutes, and will not be shown again.`,
                  value: link,
                  label: "Password reset link",
                }),
              onError: failed("Could not make a reset link"),
            })
          }
        >
          Reset link
        </Button>
      )}
      {canManage && !isYou && (
        <ActiveToggle
          name={person.fullName}
          deactivated={deactivated}
          confirming={confirming}
          setConfirming={setConfirming}
          pending={change.isPending}
          onChange={(active) =>
            change.mutate(
              { id: person._id, active },
              {
                onSuccess: () => toast.success(`${person.fullName} ${active ? "can sign in again" : "is deactivated"}`),
                onError: failed(active ? "Could not reactivate" : "Could not deactivate"),
                onSettled: () => setConfirming(false),
              },
            )
          }
        />
      )}
    </li>
  );
}

/** Deactivation asks once more in place: it signs the person out everywhere and revokes their tokens. */
function ActiveToggle(props: {
  name: string;
  deactivated: boolean;
  confirming: boolean;
  setConfirming: (value: boolean) => void;
  pending: boolean;
  onChange: (active: boolean) => void;
}) {
  if (props.deactivated) {
    return (
      <Button
        size="sm"
        aria-label={`Reactivate ${props.name}`}
        disabled={props.pending}
        onClick={() => props.onChange(true)}
      >
        Reactivate
      </Button>
    );
  }
  if (!props.confirming) {
    return (
      <Button
        size="sm"
        variant="ghost"
        aria-label={`Deactivate ${props.name}`}
        onClick={() => props.setConfirming(true)}
      >
        Deactivate
      </Button>
    );
  }
  return (
    <span className="flex items-center gap-1">
      <span className="text-xs text-slate-700">Signs them out and revokes their API tokens.</span>
      <Button size="sm" variant="danger" disabled={props.pending} onClick={() => props.onChange(false)}>
        Deactivate {props.name}
      </Button>
      <Button size="sm" variant="ghost" onClick={() => props.setConfirming(false)}>
        Cancel
      </Button>
    </span>
  );
}
