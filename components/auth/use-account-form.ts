"use client";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { ApiClientError } from "@/lib/queries/api-client";

type FieldErrors = Record<string, string>;

/**
 * A pre-sign-in form's submit: calls the endpoint, shows its message or per-field errors, and on
 * success signs in with the email and password just set, then opens the inbox.
 */
export function useAccountForm<Input>(submit: (input: Input) => Promise<{ email: string; password: string }>) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  async function run(input: Input) {
    setPending(true);
    setError(undefined);
    setFieldErrors({});
    try {
      const { email, password } = await submit(input);
      const result = await signIn("credentials", { email, password, redirect: false });
      router.replace(result?.ok ? "/inbox" : "/login");
      router.refresh();
    } catch (caught) {
      setPending(false);
      if (caught instanceof ApiClientError && caught.errors.length > 0) {
        setFieldErrors(Object.fromEntries(caught.errors.map((e) => [e.path, e.message])));
      } else setError((caught as Error).message);
    }
  }

  return { run, pending, error, fieldErrors };
}
