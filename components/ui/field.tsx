import { useId } from "react";

type Labelled = { label: string; error?: string; hint?: string; hideLabel?: boolean };

const control =
  "w-full rounded-md border border-slate-300 px-3 py-2 text-sm read-only:bg-slate-50 read-only:text-slate-600 focus:border-blue-600 focus:ring-2 focus:ring-blue-600/30 focus:outline-none aria-[invalid=true]:border-red-600";

/** A label, a control, and its hint and error below it, announced and tied to the control for
 *  screen readers. `hideLabel`: the label is for screen readers only (the placeholder says it). */
function Labelled({
  label,
  error,
  hint,
  hideLabel = false,
  children,
}: Labelled & {
  children: (props: { id: string; "aria-invalid"?: true; "aria-describedby"?: string }) => React.ReactNode;
}) {
  const id = useId();
  const described = [error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={hideLabel ? "sr-only" : "block text-sm font-medium text-slate-800"}>
        {label}
      </label>
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": described })}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}

/** A labelled input with its hint and error. */
export function Field({
  label,
  error,
  hint,
  hideLabel,
  ...input
}: React.InputHTMLAttributes<HTMLInputElement> & Labelled) {
  return (
    <Labelled label={label} error={error} hint={hint} hideLabel={hideLabel}>
      {(props) => <input {...props} className={control} {...input} />}
    </Labelled>
  );
}

/** A labelled text area with its hint and error. */
export function TextAreaField({
  label,
  error,
  hint,
  hideLabel,
  ...textarea
}: React.TextareaHTMLAttributes<HTMLTextAreaElement> & Labelled) {
  return (
    <Labelled label={label} error={error} hint={hint} hideLabel={hideLabel}>
      {(props) => <textarea {...props} className={control} {...textarea} />}
    </Labelled>
  );
}

/** A labelled select with its hint and error; `options` are its values, shown as they are. */
export function SelectField({
  label,
  error,
  hint,
  options,
  ...select
}: React.SelectHTMLAttributes<HTMLSelectElement> & Labelled & { options: readonly string[] }) {
  return (
    <Labelled label={label} error={error} hint={hint}>
      {(props) => (
        <select {...props} className={control} {...select}>
          {options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      )}
    </Labelled>
  );
}

/** A checkbox with its label beside it, and a hint below. */
export function CheckboxField({
  label,
  hint,
  ...input
}: Omit<React.InputHTMLAttributes<HTMLInputElement>, "type"> & { label: string; hint?: string }) {
  const id = useId();
  return (
    <div className="flex items-start gap-2">
      <input
        id={id}
        type="checkbox"
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="mt-0.5 size-4 rounded border-slate-400"
        {...input}
      />
      <div>
        <label htmlFor={id} className="text-sm text-slate-800">
          {label}
        </label>
        {hint && (
          <p id={`${id}-hint`} className="text-xs text-slate-600">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}

/** A form's own failure, announced when it appears. */
export function FormError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
      {message}
    </p>
  );
}
