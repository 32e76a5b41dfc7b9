/**
 * The client's address, as far as it can be known: the last X-Forwarded-For entry. Behind a proxy
 * (TRUST_PROXY), that is the address the proxy saw. Without one, Next.js fills the header from the
 * socket, but only when the client sent none, so a client that sends its own chooses its address:
 * limits keyed on the address hold only behind a proxy that sets the header.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for") ?? "";
  return forwarded.split(",").at(-1)?.trim() || "unknown";
}
