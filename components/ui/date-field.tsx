"use client";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A day (YYYY-MM-DD) picked with the browser's date input; a half-typed value is not passed on. */
export function DateField(props: {
  label: string;
  value: string;
  min?: string;
  max?: string;
  onChange: (day: string) => void;
}) {
  return (
    <label className="flex flex-col gap-1 text-slate-700">
      {props.label}
      <input
        type="date"
        value={props.value}
        min={props.min}
        max={props.max}
        onChange={(e) => (DATE.test(e.target.value) || e.target.value === "") && props.onChange(e.target.value)}
        className="rounded-md border border-slate-300 px-2 py-1"
      />
    </label>
  );
}
