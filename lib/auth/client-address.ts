/**
 * The client's address: the last X-Forwarded-For entry. The production server
 * (scripts/next-server.mjs) sets that header to the socket's address, whatever the client sent,
 * unless TRUST_PROXY=true: then it is what the proxy in front appended, the address the proxy saw.
 * (`next dev` keeps a header the client sent: per-client limits are for production.)
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for") ?? "";
  return forwarded.split(",").at(-1)?.trim() || "unknown";
}
