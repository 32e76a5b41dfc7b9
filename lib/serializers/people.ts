// Users, contacts and API tokens in the API's conventions: `_id`, nulls, ISO dates.

export function serializeUser(user: {
  id: string;
  fullName: string;
  email: string;
  role: string;
  openAssigned: number;
}) {
  return { _id: user.id, fullName: user.fullName, email: user.email, role: user.role, openAssigned: user.openAssigned };
}

type ContactRow = {
  id: string;
  fullName: string;
  phone: string | null;
  email: string | null;
  facebookId: string | null;
  createdAt: Date;
};

export function serializeContact<C extends ContactRow>(contact: C & { conversationCounts?: Record<string, number> }) {
  return {
    _id: contact.id,
    fullName: contact.fullName,
    phone: contact.phone,
    email: contact.email,
    facebookId: contact.facebookId,
    createdAt: contact.createdAt.toISOString(),
    ...(contact.conversationCounts && { conversationCounts: contact.conversationCounts }),
  };
}

export function serializeApiToken(token: {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
}) {
  return {
    _id: token.id,
    name: token.name,
    prefix: token.prefix,
    createdAt: token.createdAt.toISOString(),
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    expiresAt: token.expiresAt?.toISOString() ?? null,
  };
}
