import { SubmitButton } from "@/components/ui/button";
import { Field, FormError } from "@/components/ui/field";

// The fields and the end of the forms that make an account (first run, an invitation, a reset).

/** A password being chosen: the browser may suggest one, and 8 characters is the only rule. */
export function NewPasswordField({ label = "Password", error }: { label?: string; error?: string }) {
  return (
    <Field
      label={label}
      name="password"
      type="password"
      autoComplete="new-password"
      required
      minLength={8}
      hint="At least 8 characters."
      error={error}
    />
  );
}

/** The person's name, as colleagues will see it. */
export function YourNameField({ error }: { error?: string }) {
  return <Field label="Your name" name="fullName" autoComplete="name" required maxLength={100} error={error} />;
}

/** The form's own failure, and its button, which says when it is working. */
export function FormEnd({
  error,
  pending,
  label,
  working,
}: {
  error?: string;
  pending: boolean;
  label: string;
  working: string;
}) {
  return (
    <>
      <FormError message={error} />
      <SubmitButton variant="primary" className="w-full" disabled={pending}>
        {pending ? working : label}
      </SubmitButton>
    </>
  );
}
