"use client";
import { useState } from "react";
import { ApiClientError } from "@/lib/queries/api-client";

/**
 * A form's submit, its state the same everywhere: pending while it runs; on a refusal the server's
 * per-field errors (shown under their fields), or its message; nothing kept from a previous try.
 * `leaves`: a form whose success navigates away stays pending (a second click would do it twice).
 */
export function useSubmit<Input, Output>(submit: (input: Input) => Promise<Output>, { leaves = false } = {}) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  async function run(input: Input): Promise<Output | undefined> {
    setPending(true);
    setError(undefined);
    setFieldErrors({});
    try {
      const output = await submit(input);
      if (!leaves) setPending(false);
      return output;
    } catch (caught) {
      setPending(false);
      if (caught instanceof ApiClientError && caught.errors.length > 0) {
        setFieldErrors(Object.fromEntries(caught.errors.map((e) => [e.path, e.message])));
      } else setError((caught as Error).message);
      return undefined;
    }
  }

  return { run, pending, error, fieldErrors };
}

/** The named fields of a submitted form, as text; the browser's own submit is stopped. */
export function submitted<Name extends string>(event: React.FormEvent<HTMLFormElement>, ...names: Name[]) {
  event.preventDefault();
  const data = new FormData(event.currentTarget);
  return Object.fromEntries(names.map((name) => [name, String(data.get(name) ?? "")])) as Record<Name, string>;
}
