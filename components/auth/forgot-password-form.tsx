"use client";
import Link from "next/link";
import { useState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { Field, FormError } from "@/components/ui/field";
import { postResetRequest } from "@/lib/queries/endpoints";
import { cardClass } from "./auth-page";

/** Asks for a reset link by email. The answer is the same whether or not the address has an account. */
export function ForgotPasswordForm() {
  const [pending, setPending] = useState(false);
  const [sent, setSent] = useState<string>();
  const [error, setError] = useState<string>();
  if (sent) {
    return (
      <div role="status" className={cardClass}>
        <p className="text-sm text-slate-800">{sent}</p>
        <Link href="/login" className="text-sm font-medium text-blue-700 hover:underline">
          Back to sign in
        </Link>
      </div>
    );
  }
  return (
    <form
      className={cardClass}
      onSubmit={async (event) => {
        event.preventDefault();
        setPending(true);
        setError(undefined);
        try {
          setSent((await postResetRequest(String(new FormData(event.currentTarget).get("email")))).message);
        } catch (caught) {
          setError((caught as Error).message);
          setPending(false);
        }
      }}
    >
      <Field label="Email" name="email" type="email" autoComplete="username" required />
      <FormError message={error} />
      <SubmitButton variant="primary" className="w-full" disabled={pending}>
        {pending ? "Sending…" : "Send reset link"}
      </SubmitButton>
    </form>
  );
}
