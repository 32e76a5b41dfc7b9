// A user as pickers and the team view see it: `_id`, role, and how many open conversations they hold.

export function userJson(user: { id: string; fullName: string; email: string; role: string; openAssigned: number }) {
  return { _id: user.id, fullName: user.fullName, email: user.email, role: user.role, openAssigned: user.openAssigned };
}

export type UserJson = ReturnType<typeof userJson>;
