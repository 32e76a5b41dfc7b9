// What the sign-in page may say, by next-auth's error code (the `error` of its answers and of
// /login?error=). Only these texts are shown: never a message from a query string or a library.
const messages: Record<string, string> = {
  CredentialsSignin: "That email and password do not match an account.",
  TooManyAttempts: "Too many sign-in attempts. Wait a few minutes, then try again.",
  SessionRequired: "Please sign in to continue.",
};

export function signInErrorMessage(code: string | null | undefined): string | undefined {
  if (!code) return undefined;
  return messages[code] ?? "Signing in did not work. Please try again.";
}
