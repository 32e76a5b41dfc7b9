"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { Field, FormError } from "@/components/ui/field";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";

export function LoginForm({ initialError }: { initialError?: string }) {
  const router = useRouter();
  const [error, setError] = useState(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    const result = await signIn("credentials", {
      email: String(form.get("email")),
      password: String(form.get("password")),
      redirect: false,
    }).catch(() => undefined);
    if (result?.ok) {
      router.replace("/inbox");
      router.refresh();
      return;
    }
    setPending(false);
    setError(signInErrorMessage(result?.error) ?? signInErrorMessage("unknown"));
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <Field label="Email" name="email" type="email" autoComplete="username" required />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required />
      <FormError message={error} />
      <SubmitButton variant="primary" className="w-full" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </SubmitButton>
      <p className="text-center text-sm">
        <Link href="/forgot-password" className="text-blue-700 hover:underline">
          Forgot your password?
        </Link>
      </p>
    </form>
  );
}
