"use client";
import * as Radix from "@radix-ui/react-popover";

/**
 * A popover: a trigger (a button of the caller's, passed as `trigger`) and a panel in the page's
 * top layer, closed by Esc or a click outside, focus kept in it while open. Controlled with
 * `open`/`onOpenChange`, or left to itself.
 */
export function Popover({
  trigger,
  children,
  label,
  width = "w-60",
  align = "start",
  open,
  onOpenChange,
}: {
  trigger: React.ReactNode;
  children: React.ReactNode;
  /** The panel's accessible name. */
  label?: string;
  width?: string;
  align?: "start" | "end";
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
}) {
  return (
    <Radix.Root open={open} onOpenChange={onOpenChange}>
      <Radix.Trigger asChild>{trigger}</Radix.Trigger>
      <Radix.Portal>
        <Radix.Content
          align={align}
          sideOffset={6}
          aria-label={label}
          className={`z-50 ${width} max-w-[calc(100vw-1rem)] rounded-lg border border-slate-200 bg-white p-1.5 shadow-lg`}
        >
          {children}
        </Radix.Content>
      </Radix.Portal>
    </Radix.Root>
  );
}

/** Closes the popover it is in when its child (a button) is used. */
export const PopoverClose = Radix.Close;
