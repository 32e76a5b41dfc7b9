"use client";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { toast } from "sonner";
import { useViewer } from "@/components/layout/viewer-context";
import { Button, SubmitButton } from "@/components/ui/button";
import { Field, FormError } from "@/components/ui/field";
import { submitted, useSubmit } from "@/components/ui/use-submit";
import { deleteSessions, patchAccount, postPassword } from "@/lib/queries/settings-endpoints";

const sectionClass = "space-y-4 rounded-lg border border-slate-200 bg-white p-4";

/** Your name, your password, and signing out everywhere. */
export function AccountView() {
  const viewer = useViewer();
  return (
    <main className="mx-auto h-full max-w-xl space-y-6 overflow-y-auto p-4">
      <div>
        <h1 className="text-xl font-semibold text-slate-900">Your account</h1>
        <p className="mt-1 text-sm text-slate-600">
          Signed in as {viewer.email} ({viewer.role.toLowerCase()}).
        </p>
      </div>
      <NameForm />
      <PasswordForm />
      <SignOutEverywhere />
    </main>
  );
}

function NameForm() {
  const viewer = useViewer();
  const router = useRouter();
  const [name, setName] = useState(viewer.name);
  const save = useSubmit(async (fullName: string) => {
    await patchAccount(fullName);
    toast.success("Name saved");
    router.refresh();
  });
  return (
    <form
      aria-labelledby="name-heading"
      className={sectionClass}
      onSubmit={(event) => {
        event.preventDefault();
        void save.run(name.trim());
      }}
    >
      <h2 id="name-heading" className="font-medium text-slate-900">
        Name
      </h2>
      <Field
        label="Your name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        required
        maxLength={100}
        autoComplete="name"
      />
      <FormError message={save.error} />
      <SubmitButton variant="primary" disabled={save.pending || !name.trim() || name.trim() === viewer.name}>
        Save name
      </SubmitButton>
    </form>
  );
}

/** Changing the password ends every session; this browser signs in again with the new one. */
function PasswordForm() {
  const viewer = useViewer();
  const router = useRouter();
  const change = useSubmit(async (input: { currentPassword: string; newPassword: string; form: HTMLFormElement }) => {
    const { data: account } = await postPassword(input.currentPassword, input.newPassword);
    const result = await signIn("credentials", { email: account.email, password: input.newPassword, redirect: false });
    if (!result?.ok) return window.location.assign("/login");
    input.form.reset();
    toast.success("Password changed. Your other sessions are signed out.");
    router.refresh();
  });
  return (
    <form
      aria-labelledby="password-heading"
      className={sectionClass}
      onSubmit={(event) => {
        const form = event.currentTarget;
        void change.run({ ...submitted(event, "currentPassword", "newPassword"), form });
      }}
    >
      <h2 id="password-heading" className="font-medium text-slate-900">
        Password
      </h2>
      <input type="email" name="username" value={viewer.email} autoComplete="username" readOnly hidden />
      <Field
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={change.fieldErrors.currentPassword}
      />
      <Field
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        hint="At least 8 characters. Your other sessions will be signed out."
        error={change.fieldErrors.newPassword}
      />
      <FormError message={change.error} />
      <SubmitButton variant="primary" disabled={change.pending}>
        {change.pending ? "Changing…" : "Change password"}
      </SubmitButton>
    </form>
  );
}

function SignOutEverywhere() {
  const [pending, setPending] = useState(false);
  return (
    <section aria-labelledby="sessions-heading" className={sectionClass}>
      <h2 id="sessions-heading" className="font-medium text-slate-900">
        Sessions
      </h2>
      <p className="text-sm text-slate-700">
        Signs you out on every browser and device, this one included. Your API tokens keep working: revoke them on the
        API tokens page.
      </p>
      <Button
        variant="danger"
        disabled={pending}
        onClick={async () => {
          setPending(true);
          try {
            await deleteSessions();
            window.location.assign("/login");
          } catch (caught) {
            toast.error("Could not sign out everywhere", { description: (caught as Error).message });
            setPending(false);
          }
        }}
      >
        Sign out everywhere
      </Button>
    </section>
  );
}
