import Link from "next/link";
import { AuthPage } from "./auth-page";

/** What an invitation or reset link that no longer works leads to: why, and what to do next. */
export function LinkProblem({ title, message }: { title: string; message: string }) {
  return (
    <AuthPage title={title}>
      <div role="alert" className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
        <p>{message}</p>
        <Link href="/login" className="inline-block font-medium text-blue-700 hover:underline">
          Go to sign in
        </Link>
      </div>
    </AuthPage>
  );
}
