"use client";
import { Field } from "@/components/ui/field";
import { postResetComplete } from "@/lib/queries/settings-endpoints";
import { FormEnd, NewPasswordField } from "./account-fields";
import { cardClass } from "./auth-page";
import { useAccountForm } from "./use-account-form";

/** A new password from a reset link; every other session ends, and this browser is signed in. */
export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const form = useAccountForm(async (password: string) => {
    const { data } = await postResetComplete(token, password);
    return { email: data.email, password };
  });
  return (
    <form
      className={cardClass}
      onSubmit={(event) => {
        event.preventDefault();
        form.run(String(new FormData(event.currentTarget).get("password")));
      }}
    >
      <Field label="Email" value={email} readOnly autoComplete="username" />
      <NewPasswordField label="New password" error={form.fieldErrors.password} />
      <FormEnd error={form.error} pending={form.pending} label="Set password and sign in" working="Saving…" />
    </form>
  );
}
