import { Field } from "@/components/ui/field";

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
