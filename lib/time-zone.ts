// The organization's time zone, an IANA name: business hours, and later snoozes and reports, are
// in it. Pure, for the browser too (the settings page lists the same zones the server accepts).

/** Every zone this runtime knows, UTC first. */
export function timeZones(): string[] {
  const known = Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC");
  return ["UTC", ...known];
}

/** Whether `candidate` is a zone this runtime can compute in (aliases such as "US/Eastern" too). */
export function isTimeZone(candidate: string): boolean {
  if (candidate.length === 0 || candidate.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: candidate });
    return true;
  } catch {
    return false;
  }
}
