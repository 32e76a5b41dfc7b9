import { describe, expect, it } from "vitest";
import { presetTime, snoozeLabel, toWallTime, wallTime } from "./snooze-times";

// Snooze times in the organization's zone, across a daylight-saving change (Europe/Paris moves
// from UTC+1 to UTC+2 at 02:00 on Sunday 29 March 2026).

describe("snooze times", () => {
  const saturdayNight = new Date("2026-03-28T22:10:00Z"); // 23:10 in Paris

  it("puts the presets at the same wall-clock hour on either side of a clock change", () => {
    expect(presetTime("tomorrow", "Europe/Paris", saturdayNight).toISOString()).toBe("2026-03-29T07:00:00.000Z");
    expect(presetTime("next_week", "Europe/Paris", saturdayNight).toISOString()).toBe("2026-03-30T07:00:00.000Z");
    expect(presetTime("tomorrow", "UTC", saturdayNight).toISOString()).toBe("2026-03-29T09:00:00.000Z");
    // Three hours on, at the next quarter hour: 01:10 UTC is 03:10 in Paris after the change.
    expect(presetTime("later_today", "Europe/Paris", saturdayNight).toISOString()).toBe("2026-03-29T01:15:00.000Z");
    // Next week from a Monday is the Monday after.
    expect(presetTime("next_week", "UTC", new Date("2026-03-30T08:00:00Z")).toISOString()).toBe(
      "2026-04-06T09:00:00.000Z",
    );
  });

  it("reads a wall-clock time in a zone, and refuses a day that does not exist", () => {
    expect(wallTime("2026-03-28T09:00", "Europe/Paris")?.toISOString()).toBe("2026-03-28T08:00:00.000Z");
    expect(wallTime("2026-03-30T09:00", "Europe/Paris")?.toISOString()).toBe("2026-03-30T07:00:00.000Z");
    expect(wallTime("2026-02-30T09:00", "UTC")).toBeNull();
    expect(wallTime("tomorrow", "UTC")).toBeNull();
    expect(toWallTime(new Date("2026-03-30T07:00:00Z"), "Europe/Paris")).toBe("2026-03-30T09:00");
  });

  it("says until when in the zone's words", () => {
    expect(snoozeLabel(null, "UTC")).toBe("until they reply");
    expect(snoozeLabel("2026-03-30T07:00:00Z", "Europe/Paris", saturdayNight)).toBe("until Mon 09:00");
    expect(snoozeLabel("2026-05-01T07:00:00Z", "Europe/Paris", saturdayNight)).toBe("until 1 May 09:00");
  });
});
