// A provider call that got no answer, said plainly: fetch() only says "fetch failed", and the
// reason a person can act on (a wrong host, a firewall, a slow provider) is in its cause.

const causes: Record<string, string> = {
  ECONNREFUSED: "the connection was refused",
  ECONNRESET: "the connection was cut",
  ENOTFOUND: "its address could not be found (DNS)",
  EAI_AGAIN: "its address could not be looked up (DNS)",
  ETIMEDOUT: "the connection timed out",
  EHOSTUNREACH: "the host cannot be reached from this server",
  ENETUNREACH: "the network cannot be reached from this server",
  CERT_HAS_EXPIRED: "its TLS certificate has expired",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "its TLS certificate could not be verified",
};

/** "Twilio could not be reached: the connection was refused". */
export function unreachable(provider: string, error: unknown): string {
  const cause = (error as { cause?: { code?: string } })?.cause?.code;
  const name = (error as Error)?.name;
  const reason =
    name === "TimeoutError" || name === "AbortError"
      ? "it did not answer in time"
      : ((cause && causes[cause]) ?? (cause ? `network error ${cause}` : "no answer"));
  return `${provider} could not be reached: ${reason}`;
}
