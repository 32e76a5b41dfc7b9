"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button, SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useStartEmail } from "@/lib/queries/use-contact";

/** "New email" on a contact: a subject, then the draft conversation opens in the inbox, where its
 *  first message is written and sent. */
export function NewEmail({ contactId, email }: { contactId: string; email: string }) {
  const [open, setOpen] = useState(false);
  const [subject, setSubject] = useState("");
  const start = useStartEmail(contactId);
  const router = useRouter();
  if (!open) {
    return (
      <Button size="sm" onClick={() => setOpen(true)}>
        New email
      </Button>
    );
  }
  return (
    <form
      aria-label={`New email to ${email}`}
      className="space-y-2 rounded-md border border-slate-200 p-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (!subject.trim()) return;
        start.mutate(subject.trim(), {
          onSuccess: (conversation) => router.push(`/inbox?view=all&c=${conversation._id}`),
        });
      }}
    >
      <p className="text-sm text-slate-700">To {email}</p>
      <Field label="Subject" value={subject} onChange={(e) => setSubject(e.target.value)} autoFocus maxLength={500} />
      {start.isError && (
        <p role="alert" className="text-sm text-red-800">
          Not started: {start.error.message}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <Button size="sm" variant="ghost" onClick={() => setOpen(false)}>
          Cancel
        </Button>
        <SubmitButton size="sm" variant="primary" disabled={!subject.trim() || start.isPending}>
          {start.isPending ? "Starting…" : "Write it"}
        </SubmitButton>
      </div>
    </form>
  );
}
