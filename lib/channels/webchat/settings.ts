import { z } from "zod";
import { type BusinessHours, businessHours } from "@/lib/business-hours";
import { text } from "@/lib/schemas";

// A webchat connection's settings: where the widget may run, what it says, when someone answers.
// Pure: the widget's own rules (an origin allowed, the hours open) are here, once.

/** `scheme://host[:port]`, lower-cased; `*.` only as a subdomain wildcard (`https://*.example.com`). */
export const origin = text({ max: 300, trim: true })
  .transform((value) => value.toLowerCase().replace(/\/+$/, ""))
  .pipe(
    z
      .string()
      .regex(
        /^https?:\/\/(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/,
        "must be an origin like https://www.example.com (scheme, host and port only; * only as a subdomain: https://*.example.com)",
      ),
  );

export const webchatSettingsInput = {
  allowedOrigins: z.array(origin).min(1, "name at least one website").max(20, "at most 20 websites"),
  greeting: text({ max: 300, trim: true }).optional(),
  accentColor: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, "must be a colour like #1d4ed8")
    .optional(),
  /** Ask for a name and an email before the first message. */
  askForContact: z.boolean().optional(),
  /** Shown outside business hours, with a field to leave an email. */
  offlineMessage: text({ max: 300, trim: true }).optional(),
  /** Unset: always open. */
  businessHours: businessHours.nullable().optional(),
  /** Only visitors the website identifies (a JWT under the identity secret) may write. */
  requireIdentity: z.boolean().optional(),
};

export type WebchatSettings = {
  allowedOrigins: string[];
  greeting: string;
  accentColor: string;
  askForContact: boolean;
  offlineMessage: string;
  businessHours: BusinessHours | null;
  requireIdentity: boolean;
};

export const DEFAULT_GREETING = "Hi! How can we help?";
export const DEFAULT_OFFLINE = "We are away right now. Leave your email and we will write back.";

/** Whether `candidate` (a request's Origin) is one of `allowed`, wildcards matching subdomains only. */
export function isAllowedOrigin(candidate: string | null, allowed: readonly string[]): boolean {
  if (!candidate) return false;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  const normal = `${url.protocol}//${url.host}`.toLowerCase();
  return allowed.some((entry) => {
    if (!entry.includes("://*.")) return entry === normal;
    const [scheme, rest] = entry.split("://*.") as [string, string];
    return url.protocol === `${scheme}:` && `${url.host}`.toLowerCase().endsWith(`.${rest}`);
  });
}
