import { chipClasses } from "@/lib/labels/palette";

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
