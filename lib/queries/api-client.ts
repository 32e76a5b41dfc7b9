// The browser's way to call our API: JSON in, JSON out, and a typed error carrying the server's
// message (`{ message, errors }`) so components can show it as it is.

export class ApiClientError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors: { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = "ApiClientError";
  }
}

type Options = {
  method?: string;
  body?: unknown;
  query?: Record<string, string | undefined>;
  signal?: AbortSignal;
  /** Outlives the page (a reload, a closed tab): for the last word a page has to say. */
  keepalive?: boolean;
};

export async function apiFetch<T>(path: string, options: Options = {}): Promise<T> {
  const url = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(options.query ?? {}))
    if (value !== undefined) url.searchParams.set(key, value);
  const method = options.method ?? "GET";
  // Every write is JSON, even one with nothing to say: the server refuses cookie-authenticated
  // writes of any other type (lib/http/same-site.ts).
  const body = options.body ?? (method === "GET" ? undefined : {});
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: options.signal,
      keepalive: options.keepalive,
      credentials: "same-origin",
    });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new ApiClientError(0, "Cannot reach the server. Check your connection and try again.");
  }
  // A body that is not JSON (or none) is null; a read cut short by the caller is an abort, never a
  // null answer to a 200.
  const answer = await response.json().catch((error: Error) => {
    if (error.name === "AbortError") throw error;
    return null;
  });
  if (!response.ok) {
    if (response.status === 401 && typeof window !== "undefined") window.location.assign("/login");
    throw new ApiClientError(response.status, answer?.message ?? `Request failed (${response.status})`, answer?.errors);
  }
  return answer as T;
}
