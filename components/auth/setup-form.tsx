"use client";
import { SubmitButton } from "@/components/ui/button";
import { Field, FormError } from "@/components/ui/field";
import { postSetup } from "@/lib/queries/endpoints";
import { cardClass } from "./auth-page";
import { NewPasswordField } from "./new-password-field";
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
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        form.run({
          organizationName: String(data.get("organizationName")),
          fullName: String(data.get("fullName")),
          email: String(data.get("email")),
          password: String(data.get("password")),
        });
      }}
    >
      <Field
        label="Organization name"
        name="organizationName"
        required
        maxLength={100}
        error={form.fieldErrors.organizationName}
      />
      <Field
        label="Your name"
        name="fullName"
        autoComplete="name"
        required
        maxLength={100}
        error={form.fieldErrors.fullName}
      />
      <Field label="Email" name="email" type="email" autoComplete="username" required error={form.fieldErrors.email} />
      <NewPasswordField error={form.fieldErrors.password} />
      <FormError message={form.error} />
      <SubmitButton variant="primary" className="w-full" disabled={form.pending}>
        {form.pending ? "Creating…" : "Create organization"}
      </SubmitButton>
    </form>
  );
}
