"use client";
import { Field } from "@/components/ui/field";
import { submitted } from "@/components/ui/use-submit";
import { postAcceptInvitation } from "@/lib/queries/settings-endpoints";
import { FormEnd, NewPasswordField, YourNameField } from "./account-fields";
import { cardClass } from "./auth-page";
import { useAccountForm } from "./use-account-form";

/** The invitee chooses a name and password, and is signed in. */
export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const form = useAccountForm(async (input: { fullName: string; password: string }) => {
    const { data } = await postAcceptInvitation({ token, ...input });
    return { email: data.email, password: input.password };
  });
  return (
    <form className={cardClass} onSubmit={(event) => form.run(submitted(event, "fullName", "password"))}>
      <Field label="Email" value={email} readOnly autoComplete="username" />
      <YourNameField error={form.fieldErrors.fullName} />
      <NewPasswordField error={form.fieldErrors.password} />
      <FormEnd error={form.error} pending={form.pending} label="Join" working="Joining…" />
    </form>
  );
}
