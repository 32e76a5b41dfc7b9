"use client";
import { SubmitButton } from "@/components/ui/button";
import { Field, FormError } from "@/components/ui/field";
import { postAcceptInvitation } from "@/lib/queries/endpoints";
import { cardClass } from "./auth-page";
import { NewPasswordField } from "./new-password-field";
import { useAccountForm } from "./use-account-form";

/** The invitee chooses a name and password, and is signed in. */
export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const form = useAccountForm(async (input: { fullName: string; password: string }) => {
    const { data } = await postAcceptInvitation({ token, ...input });
    return { email: data.email, password: input.password };
  });
  return (
    <form
      className={cardClass}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        form.run({ fullName: String(data.get("fullName")), password: String(data.get("password")) });
      }}
    >
      <Field label="Email" value={email} readOnly autoComplete="username" />
      <Field
        label="Your name"
        name="fullName"
        autoComplete="name"
        required
        maxLength={100}
        error={form.fieldErrors.fullName}
      />
      <NewPasswordField error={form.fieldErrors.password} />
      <FormError message={form.error} />
      <SubmitButton variant="primary" className="w-full" disabled={form.pending}>
        {form.pending ? "Joining…" : "Join"}
      </SubmitButton>
    </form>
  );
}
