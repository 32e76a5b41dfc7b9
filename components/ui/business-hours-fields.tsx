import { type BusinessHours, weekdays } from "@/lib/business-hours";

const DAY_NAMES = {
  mon: "Monday",
  tue: "Tuesday",
  wed: "Wednesday",
  thu: "Thursday",
  fri: "Friday",
  sat: "Saturday",
  sun: "Sunday",
};

/** The week's hours as a form's fields (named open-<day>, from-<day>, to-<day>); weekdays 9–17 at first. */
export function BusinessHoursFields({ current }: { current?: BusinessHours | null }) {
  return (
    <div className="grid gap-1 sm:grid-cols-2">
      {weekdays.map((day) => {
        const hours = current?.[day];
        return (
          <div key={day} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name={`open-${day}`}
              aria-label={`Open on ${DAY_NAMES[day]}`}
              defaultChecked={current ? Boolean(hours) : !["sat", "sun"].includes(day)}
              className="size-4"
            />
            <span className="w-10 text-slate-700">{DAY_NAMES[day].slice(0, 3)}</span>
            <input
              type="time"
              name={`from-${day}`}
              aria-label={`${DAY_NAMES[day]} opens at`}
              defaultValue={hours?.[0] ?? "09:00"}
              className="rounded border border-slate-300 px-1 py-0.5"
            />
            <span aria-hidden>–</span>
            <input
              type="time"
              name={`to-${day}`}
              aria-label={`${DAY_NAMES[day]} closes at`}
              defaultValue={hours?.[1] ?? "17:00"}
              className="rounded border border-slate-300 px-1 py-0.5"
            />
          </div>
        );
      })}
    </div>
  );
}

/** The hours BusinessHoursFields' fields hold, read by `value` (a form's field by name, "" when unset). */
export const businessHoursFrom = (value: (name: string) => string): BusinessHours =>
  Object.fromEntries(
    weekdays.map((day) => [day, value(`open-${day}`) ? [value(`from-${day}`), value(`to-${day}`)] : null]),
  ) as BusinessHours;

/** The same week's hours as controlled inputs, for a form that keeps them in its state (several
 *  may be on one page: an automation's conditions). */
export function BusinessHoursEditor({
  value,
  onChange,
  label,
}: {
  value: BusinessHours;
  onChange: (hours: BusinessHours) => void;
  label: string;
}) {
  const set = (day: (typeof weekdays)[number], hours: [string, string] | null) => onChange({ ...value, [day]: hours });
  return (
    <fieldset className="grid gap-1 sm:grid-cols-2">
      <legend className="sr-only">{label}</legend>
      {weekdays.map((day) => {
        const hours = value[day];
        return (
          <div key={day} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              aria-label={`${label}: open on ${DAY_NAMES[day]}`}
              checked={Boolean(hours)}
              onChange={(e) => set(day, e.target.checked ? ["09:00", "17:00"] : null)}
              className="size-4"
            />
            <span className="w-10 text-slate-700">{DAY_NAMES[day].slice(0, 3)}</span>
            <input
              type="time"
              aria-label={`${label}: ${DAY_NAMES[day]} opens at`}
              value={hours?.[0] ?? ""}
              disabled={!hours}
              onChange={(e) => hours && set(day, [e.target.value, hours[1]])}
              className="rounded border border-slate-300 px-1 py-0.5 disabled:text-slate-400"
            />
            <span aria-hidden>–</span>
            <input
              type="time"
              aria-label={`${label}: ${DAY_NAMES[day]} closes at`}
              value={hours?.[1] ?? ""}
              disabled={!hours}
              onChange={(e) => hours && set(day, [hours[0], e.target.value])}
              className="rounded border border-slate-300 px-1 py-0.5 disabled:text-slate-400"
            />
          </div>
        );
      })}
    </fieldset>
  );
}
