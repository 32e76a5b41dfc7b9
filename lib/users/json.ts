// A user as pickers and the team view see it: `_id`, role, whether they may sign in (pickers offer
// only active people, but still name a deactivated assignee), and how many open conversations they hold.

export function userJson(user: {
  id: string;
  fullName: string;
  email: string;
  role: string;
  deactivatedAt: Date | null;
  openAssigned: number;
}) {
  return {
    _id: user.id,
    fullName: user.fullName,
    email: user.email,
    role: user.role,
    active: !user.deactivatedAt,
    openAssigned: user.openAssigned,
  };
}

export type UserJson = ReturnType<typeof userJson>;
