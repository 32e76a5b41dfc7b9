import type { Role } from "@/lib/queries/settings-endpoints";

export const roleLabels: Record<Role, string> = { ADMIN: "Admin", MANAGER: "Manager", AGENT: "Agent" };

/** A role, chosen from the three. */
export function RoleSelect({
  value,
  onChange,
  className = "",
  ...select
}: Omit<React.SelectHTMLAttributes<HTMLSelectElement>, "onChange" | "value"> & {
  value: Role;
  onChange: (role: Role) => void;
}) {
  return (
    <select
      value={value}
      onChange={(e) => onChange(e.target.value as Role)}
      className={`rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm ${className}`}
      {...select}
    >
      {Object.entries(roleLabels).map(([role, label]) => (
        <option key={role} value={role}>
          {label}
        </option>
      ))}
    </select>
  );
}
