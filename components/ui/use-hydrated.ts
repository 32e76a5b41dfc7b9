import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the server's HTML and until React has taken the page over. A form's submit button is
 * disabled until then: a click before that would submit the form natively, reloading the page
 * with its fields (a password too) in the URL, and doing nothing else.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
