"use client";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useSubmit } from "@/components/ui/use-submit";

/**
 * A pre-sign-in form's submit: calls the endpoint, shows its message or per-field errors, and on
 * success signs in with the email and password just set, then opens the inbox.
 */
export function useAccountForm<Input>(submit: (input: Input) => Promise<{ email: string; password: string }>) {
  const router = useRouter();
  return useSubmit(
    async (input: Input) => {
      const { email, password } = await submit(input);
      const result = await signIn("credentials", { email, password, redirect: false });
      router.replace(result?.ok ? "/inbox" : "/login");
      router.refresh();
    },
    { leaves: true },
  );
}
