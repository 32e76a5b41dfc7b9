"use client";
import Link from "next/link";
import { useState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { Field, FormError } from "@/components/ui/field";
import { submitted, useSubmit } from "@/components/ui/use-submit";
import { postResetRequest } from "@/lib/queries/settings-endpoints";
import { cardClass } from "./auth-page";

/** Asks for a reset link by email. The answer is the same whether or not the address has an account. */
export function ForgotPasswordForm() {
  const [sent, setSent] = useState<string>();
  const request = useSubmit(async ({ email }: { email: string }) => setSent((await postResetRequest(email)).message));
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
    <form className={cardClass} onSubmit={(event) => request.run(submitted(event, "email"))}>
      <Field label="Email" name="email" type="email" autoComplete="username" required />
      <FormError message={request.error} />
      <SubmitButton variant="primary" className="w-full" disabled={request.pending}>
        {request.pending ? "Sending…" : "Send reset link"}
      </SubmitButton>
    </form>
  );
}
