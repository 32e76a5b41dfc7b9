import { Avatar } from "@/components/ui/avatar";

/** A person as lists show them: their avatar, name and email (the email may break anywhere). */
export function PersonLabel({ id, fullName, email }: { id: string; fullName: string; email: string }) {
  return (
    <span className="flex min-w-0 items-center gap-2">
      <Avatar name={fullName} id={id} />
      <span className="min-w-0 flex-1">
        <span className="block truncate text-sm text-slate-900">{fullName}</span>
        <span className="block truncate text-xs text-slate-600">{email}</span>
      </span>
    </span>
  );
}
