import { z } from "zod";
import { roles } from "@/lib/accounts/schemas";
import { jsonId } from "@/lib/schemas";

// A user as pickers and the team view see it: `_id`, role, whether they may sign in (pickers offer
// only active people, but still name a deactivated assignee), and how many open conversations they hold.

export const userJsonSchema = z.strictObject({
  _id: jsonId,
  fullName: z.string(),
  email: z.string(),
  role: z.enum(roles),
  active: z.boolean(),
  openAssigned: z.number().int(),
});
export type UserJson = z.infer<typeof userJsonSchema>;

export function userJson(user: {
  id: string;
  fullName: string;
  email: string;
  role: UserJson["role"];
  deactivatedAt: Date | null;
  openAssigned: number;
}): UserJson {
  return {
    _id: user.id,
    fullName: user.fullName,
    email: user.email,
    role: user.role,
    active: !user.deactivatedAt,
    openAssigned: user.openAssigned,
  };
}
