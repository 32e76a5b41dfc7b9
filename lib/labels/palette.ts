// The colours a label may have: names, never CSS (a name cannot inject a style), each with the
// classes its chip is drawn with (literal, for Tailwind to find). Pure: the browser imports it.

export const labelColors = {
  slate: "bg-slate-100 text-slate-800 ring-slate-300",
  red: "bg-red-100 text-red-900 ring-red-300",
  amber: "bg-amber-100 text-amber-900 ring-amber-300",
  green: "bg-green-100 text-green-900 ring-green-300",
  teal: "bg-teal-100 text-teal-900 ring-teal-300",
  blue: "bg-blue-100 text-blue-900 ring-blue-300",
  violet: "bg-violet-100 text-violet-900 ring-violet-300",
  pink: "bg-pink-100 text-pink-900 ring-pink-300",
} as const;

export type LabelColor = keyof typeof labelColors;
export const labelColorNames = Object.keys(labelColors) as LabelColor[];

/** The swatch beside a colour's name in pickers. */
export const swatchColors: Record<LabelColor, string> = {
  slate: "bg-slate-500",
  red: "bg-red-500",
  amber: "bg-amber-500",
  green: "bg-green-600",
  teal: "bg-teal-600",
  blue: "bg-blue-600",
  violet: "bg-violet-600",
  pink: "bg-pink-500",
};

/** A label's chip classes, for a colour that may be one this build no longer knows. */
export const chipClasses = (color: string) => labelColors[color as LabelColor] ?? labelColors.slate;
/** Its swatch's class, the same way. */
export const swatchClass = (color: string) => swatchColors[color as LabelColor] ?? swatchColors.slate;

/** How many labels a conversation may carry, and an organization may have. */
export const MAX_LABELS_PER_CONVERSATION = 20;
export const MAX_LABELS = 200;
