import { chipClasses, swatchClass } from "@/lib/labels/palette";

type Props = {
  labels?: { _id: string; name: string; color: string }[];
  /** On one line, each chip shrinking before the line does (a row of the list). */
  compact?: boolean;
  className?: string;
};

/** A conversation's labels as small chips, in the colours their makers chose. */
export function LabelChips({ labels, compact = false, className = "" }: Props) {
  if (!labels?.length) return null;
  return (
    <ul
      className={`flex min-w-0 gap-1 ${compact ? "flex-nowrap overflow-hidden" : "flex-wrap"} ${className}`}
      aria-label="Labels"
    >
      {labels.map((label) => (
        <li
          key={label._id}
          className={`min-w-0 truncate rounded px-1.5 py-px text-xs font-medium ring-1 ring-inset ${
            compact ? "max-w-24 shrink" : "max-w-40"
          } ${chipClasses(label.color)}`}
        >
          {label.name}
        </li>
      ))}
    </ul>
  );
}

/** One label in a list of checkboxes (the thread's picker, the inbox's filter): box, swatch, name. */
export function LabelCheckbox(props: {
  label: { name: string; color: string };
  checked: boolean;
  disabled?: boolean;
  onChange: () => void;
}) {
  return (
    <label className="flex cursor-pointer items-center gap-2 rounded-md px-2 py-1.5 hover:bg-slate-50">
      <input
        type="checkbox"
        checked={props.checked}
        disabled={props.disabled}
        onChange={props.onChange}
        className="size-4 accent-blue-700"
      />
      <span aria-hidden className={`size-2.5 rounded-full ${swatchClass(props.label.color)}`} />
      <span className="truncate text-sm">{props.label.name}</span>
    </label>
  );
}
