import { z } from "zod";

// Business hours, in the organization's time zone: when a website's widget is answered, when a
// process's autopilot works. Pure, so the browser's forms use it too.

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time like 09:00");
const day = z
  .tuple([time, time])
  .refine(([open, close]) => open < close, "closes before it opens")
  .nullable();
export const weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/** Per weekday, the hours someone answers (in the organization's time zone), or null: closed. */
export const businessHours = z.strictObject(
  Object.fromEntries(weekdays.map((d) => [d, day])) as Record<(typeof weekdays)[number], typeof day>,
);
export type BusinessHours = z.infer<typeof businessHours>;

/** Whether someone answers at `now`, in `timeZone`; always without business hours. */
export function isOpen(hours: BusinessHours | null, timeZone: string, now = new Date()): boolean {
  if (!hours) return true;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short", hour: "2-digit", minute: "2-digit", hour12: false })
      .formatToParts(now)
      .map((part) => [part.type, part.value]),
  );
  const weekday = (parts.weekday ?? "").toLowerCase().slice(0, 3) as (typeof weekdays)[number];
  const today = hours[weekday];
  const clock = `${parts.hour === "24" ? "00" : parts.hour}:${parts.minute}`;
  return Boolean(today && clock >= today[0] && clock < today[1]);
}
