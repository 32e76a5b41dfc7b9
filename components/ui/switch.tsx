/** An on/off switch with its visible label ("Enabled"), named for screen readers by `name`. */
export function Switch({
  name,
  label = "Enabled",
  checked,
  disabled,
  onChange,
}: {
  name: string;
  label?: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="flex items-center gap-2 text-sm text-slate-800">
      <input
        type="checkbox"
        role="switch"
        className="size-4"
        checked={checked}
        aria-checked={checked}
        aria-label={name}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
      />
      {label}
    </label>
  );
}
