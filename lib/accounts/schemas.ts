import { z } from "zod";
import { body, strictBoolean, text } from "@/lib/schemas";
import { isTimeZone } from "@/lib/time-zone";

// What the account endpoints accept. Passwords: 8 to 1,024 characters (scrypt hashes any length;
// the cap bounds its work), no other rule, as NIST SP 800-63B advises.

export const roles = ["ADMIN", "MANAGER", "AGENT"] as const;
const role = z.enum(roles, {
  error: (issue) => (issue.input === undefined ? "is required" : `must be one of ${roles.join(", ")}`),
});

export const email = text({ min: 3, max: 320, trim: true })
  .pipe(z.email("must be an email address"))
  .transform((value) => value.toLowerCase());
export const password = text({ min: 8, max: 1024 }).refine((value) => value.length >= 8, "at least 8 characters");
const fullName = text({ min: 1, max: 100, trim: true });
const linkToken = text({ min: 1, max: 100 });

export const setupInput = body({
  organizationName: text({ min: 1, max: 100, trim: true }),
  fullName,
  email,
  password,
});

export const inviteInput = body({ email, role });

export const changePersonInput = body({ role: role.optional(), active: strictBoolean.optional() }).refine(
  (value) => value.role !== undefined || value.active !== undefined,
  "Send role, active, or both",
);

export const acceptInvitationInput = body({ token: linkToken, fullName, password });

export const updateAccountInput = body({ fullName });

export const changePasswordInput = body({ currentPassword: text({ min: 1, max: 1024 }), newPassword: password });

export const requestResetInput = body({ email: text({ min: 1, max: 320, trim: true }) });

export const completeResetInput = body({ token: linkToken, password });

export const updateOrganizationInput = body({
  name: text({ min: 1, max: 100, trim: true }).optional(),
  timeZone: text({ min: 1, max: 64, trim: true })
    .refine(isTimeZone, "must be a time zone such as Europe/Paris or America/New_York")
    .optional(),
  autopilotStalledMinutes: z
    .number({ error: "must be a number of minutes" })
    .int("must be a whole number of minutes")
    .min(1, "must be at least 1 minute")
    .max(10_080, "at most a week (10,080 minutes)")
    .optional(),
}).refine(
  (value) => value.name !== undefined || value.timeZone !== undefined || value.autopilotStalledMinutes !== undefined,
  "Send name, timeZone or autopilotStalledMinutes",
);
