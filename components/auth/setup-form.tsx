"use client";
import { Field } from "@/components/ui/field";
import { submitted } from "@/components/ui/use-submit";
import { postSetup } from "@/lib/queries/settings-endpoints";
import { FormEnd, NewPasswordField, YourNameField } from "./account-fields";
import { cardClass } from "./auth-page";
import { useAccountForm } from "./use-account-form";

/** First run: the organization and its first admin, who is signed in straight after. */
export function SetupForm() {
  const form = useAccountForm(
    async (input: { organizationName: string; fullName: string; email: string; password: string }) => {
      await postSetup(input);
      return { email: input.email, password: input.password };
    },
  );
  return (
    <form
      className={cardClass}
      onSubmit={(event) => form.run(submitted(event, "organizationName", "fullName", "email", "password"))}
    >
      <Field
        label="Organization name"
        name="organizationName"
        required
        maxLength={100}
        error={form.fieldErrors.organizationName}
      />
      <YourNameField error={form.fieldErrors.fullName} />
      <Field label="Email" name="email" type="email" autoComplete="username" required error={form.fieldErrors.email} />
      <NewPasswordField error={form.fieldErrors.password} />
      <FormEnd error={form.error} pending={form.pending} label="Create organization" working="Creating…" />
    </form>
  );
}
