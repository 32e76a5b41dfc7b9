// The account endpoints' route modules, imported once for the tests.

export * as accountPassword from "@/app/api/account/password/route";
export * as account from "@/app/api/account/route";
export * as accountSessions from "@/app/api/account/sessions/route";
export * as invitation from "@/app/api/invitations/[id]/route";
export * as sendInvitation from "@/app/api/invitations/[id]/send/route";
export * as acceptInvitation from "@/app/api/invitations/accept/route";
export * as invitations from "@/app/api/invitations/route";
export * as organization from "@/app/api/organization/route";
export * as completeReset from "@/app/api/password-reset/complete/route";
export * as passwordReset from "@/app/api/password-reset/route";
export * as resetLink from "@/app/api/people/[id]/reset-link/route";
export * as person from "@/app/api/people/[id]/route";
export * as people from "@/app/api/people/route";
export * as setup from "@/app/api/setup/route";
