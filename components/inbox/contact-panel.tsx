"use client";
import { Avatar } from "@/components/ui/avatar";
import { ErrorState, Skeleton } from "@/components/ui/states";
import { useContact } from "@/lib/queries/use-contact";
import { ContactAttributes } from "./contact-attributes";
import { ContactThreads } from "./contact-threads";
import { NewEmail } from "./new-email";

/** The contact's details and all of their threads, beside the open conversation. */
export function ContactPanel({ contactId, activeId }: { contactId: string; activeId?: string | null }) {
  const contact = useContact(contactId);
  if (contact.isPending) {
    return (
      <div className="space-y-3 p-4" role="status" aria-label="Loading contact">
        <Skeleton className="size-12 rounded-full" />
        <Skeleton className="h-4 w-3/4" />
        <Skeleton className="h-3 w-1/2" />
      </div>
    );
  }
  if (contact.isError) return <ErrorState error={contact.error} onRetry={() => contact.refetch()} />;
  const c = contact.data;
  return (
    <aside aria-label="Contact" className="space-y-4 p-4">
      <div className="flex items-center gap-3">
        <Avatar name={c.fullName} id={c._id} size="md" />
        <div className="min-w-0">
          <h2 className="truncate font-semibold text-slate-900">{c.fullName}</h2>
          <p className="text-xs text-slate-600">Contact since {new Date(c.createdAt).toLocaleDateString()}</p>
        </div>
      </div>
      <dl className="grid grid-cols-[5rem_1fr] gap-y-1 text-sm">
        <dt className="text-slate-600">Phone</dt>
        <dd className="truncate font-mono text-slate-900">{c.phone ?? "—"}</dd>
        <dt className="text-slate-600">Email</dt>
        <dd className="truncate text-slate-900">{c.email ?? "—"}</dd>
        <dt className="text-slate-600">Messenger</dt>
        <dd className="truncate font-mono text-slate-900">{c.facebookId ?? "—"}</dd>
      </dl>
      {c.email && <NewEmail contactId={c._id} email={c.email} />}
      <ContactAttributes key={c._id} contact={c} />
      <section aria-labelledby="threads-heading">
        <h3 id="threads-heading" className="mb-2 text-sm font-medium text-slate-800">
          Threads
        </h3>
        <ContactThreads contact={c} activeId={activeId} />
      </section>
    </aside>
  );
}
