import type { Role } from "@/lib/queries/endpoints";

export const roleLabels: Record<Role, string> = { ADMIN: "Admin", MANAGER: "Manager", AGENT: "Agent" };
