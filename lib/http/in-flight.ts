import { ApiError } from "@/lib/http/api-error";

/**
 * At most `max()` pieces of work in flight per key (a viewer) in this process; past it a 429 with
 * Retry-After. Per process on purpose: what it protects is this process's memory and its share of
 * the database pool, and each app server has its own. Node runs one request's code at a time, so
 * the check and the increment cannot interleave, however many requests arrive together.
 */
export function inFlightLimit(what: string, max: () => number) {
  const counts = new Map<string, number>();
  return {
    /** Takes a slot for `key` or throws the 429; the returned release frees it, once. */
    acquire(key: string): () => void {
      const taken = counts.get(key) ?? 0;
      if (taken >= max()) {
        throw new ApiError(
          "too_many_requests",
          `Too many ${what} in flight (at most ${max()} at a time); retry when one has finished`,
          undefined,
          1,
        );
      }
      counts.set(key, taken + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const left = (counts.get(key) ?? 1) - 1;
        if (left > 0) counts.set(key, left);
        else counts.delete(key);
      };
    },
  };
}
