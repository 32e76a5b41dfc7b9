"use client";
import * as Dialog from "@radix-ui/react-dialog";

export const shortcuts = [
  ["j / k", "Next / previous conversation"],
  ["Enter", "Open the highlighted conversation"],
  ["e", "Resolve and open the next (or reopen)"],
  ["u", "Mark unseen"],
  ["a", "Assign"],
  ["l", "Label"],
  ["z", "Snooze"],
  ["r", "Reply"],
  ["n", "Write a private note (@ mentions someone)"],
  ["/", "Search"],
  ["x", "Select or unselect the highlighted conversation"],
  ["Esc", "Leave a text field, or close the thread"],
  ["?", "This help"],
] as const;

export function ShortcutsHelp({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content className="fixed top-1/2 left-1/2 z-50 w-[min(92vw,24rem)] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-5 shadow-xl">
          <Dialog.Title className="text-lg font-semibold text-slate-900">Keyboard shortcuts</Dialog.Title>
          <Dialog.Description className="sr-only">
            Keys that work anywhere in the inbox outside text fields.
          </Dialog.Description>
          <dl className="mt-3 grid grid-cols-[6rem_1fr] gap-y-2 text-sm">
            {shortcuts.map(([keys, what]) => (
              <div key={keys} className="contents">
                <dt>
                  <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs text-slate-900">
                    {keys}
                  </kbd>
                </dt>
                <dd className="text-slate-800">{what}</dd>
              </div>
            ))}
          </dl>
          <Dialog.Close className="mt-4 rounded-md border border-slate-300 px-3 py-1.5 text-sm">Close</Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
