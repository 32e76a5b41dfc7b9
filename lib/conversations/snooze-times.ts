import { TZDate } from "@date-fns/tz";
import { addDays, addMinutes, nextMonday, set } from "date-fns";

// When a snooze ends, in the organization's time zone (what "tomorrow morning" means depends on
// where the team is, not on the server or the browser). Pure: the API resolves a preset with it and
// the snooze menu shows the same times.

export const snoozePresets = ["later_today", "tomorrow", "next_week"] as const;
export type SnoozePreset = (typeof snoozePresets)[number];

export const snoozePresetLabels: Record<SnoozePreset, string> = {
  later_today: "Later today",
  tomorrow: "Tomorrow morning",
  next_week: "Next week",
};

/** The hour "morning" means. */
const MORNING = { hours: 9, minutes: 0, seconds: 0, milliseconds: 0 };

/** (Each a plain Date: a TZDate's toISOString would carry the zone's offset.)
 *  Later today: three hours on, at the next quarter hour. Tomorrow morning: 09:00 tomorrow. Next
 *  week: 09:00 next Monday. Each in `timeZone` (across a daylight-saving change too). */
export function presetTime(preset: SnoozePreset, timeZone: string, now = new Date()): Date {
  const here = new TZDate(now.getTime(), timeZone);
  switch (preset) {
    case "later_today": {
      const later = addMinutes(here, 180);
      const rounded = set(later, { seconds: 0, milliseconds: 0 });
      return new Date(addMinutes(rounded, (15 - (rounded.getMinutes() % 15)) % 15).getTime());
    }
    case "tomorrow":
      return new Date(set(addDays(here, 1), MORNING).getTime());
    case "next_week":
      return new Date(set(nextMonday(here), MORNING).getTime());
  }
}

/** A wall-clock time without an offset ("2026-12-05T14:30"), as the moment it is in `timeZone`;
 *  null when it is not one. */
export function wallTime(value: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return null;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match
    .slice(1)
    .map((part) => Number(part ?? 0));
  const local = new TZDate(year, month - 1, day, hour, minute, second, 0, timeZone);
  // 2026-02-30 rolls over to March: not a time anyone meant.
  if (local.getMonth() !== month - 1 || local.getDate() !== day) return null;
  return new Date(local.getTime());
}

/** The moment a snooze asks for, in `timeZone`: null until the contact writes; an invalid Date when
 *  its time is not one. `until` without an offset is a wall-clock time there. */
export function snoozeMoment(
  spec: { until?: string; preset?: SnoozePreset; untilReply?: true },
  timeZone: string,
  now = new Date(),
): Date | null {
  if (spec.untilReply) return null;
  if (spec.preset) return presetTime(spec.preset, timeZone, now);
  const until = spec.until ?? "";
  return /[zZ]|[+-]\d{2}:?\d{2}$/.test(until) ? new Date(until) : (wallTime(until, timeZone) ?? new Date(Number.NaN));
}

/** A moment as a wall-clock time in `timeZone`, in the form `<input type="datetime-local">` takes. */
export function toWallTime(moment: Date, timeZone: string): string {
  const local = new TZDate(moment.getTime(), timeZone);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${local.getFullYear()}-${two(local.getMonth() + 1)}-${two(local.getDate())}T${two(local.getHours())}:${two(local.getMinutes())}`;
}

/** "until Sat 09:00", "until 5 Jan 09:00", or "until they reply": what the row and the header say. */
export function snoozeLabel(until: string | null, timeZone: string, now = new Date()): string {
  if (!until) return "until they reply";
  const moment = new Date(until);
  const soon = moment.getTime() - now.getTime() < 6 * 86_400_000;
  const format = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    ...(soon ? { weekday: "short" } : { day: "numeric", month: "short" }),
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  });
  return `until ${format.format(moment).replace(",", "")}`;
}
