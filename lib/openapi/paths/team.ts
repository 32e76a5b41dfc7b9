import { z } from "zod";
import { invitationJsonSchema, organizationJsonSchema, personJsonSchema } from "@/lib/accounts/json";
import {
  acceptInvitationInput,
  changePasswordInput,
  changePersonInput,
  completeResetInput,
  inviteInput,
  requestResetInput,
  roles,
  setupInput,
  updateAccountInput,
  updateOrganizationInput,
} from "@/lib/accounts/schemas";
import { auditPageSchema, auditQuery } from "@/lib/activity/schemas";
import { dataOf, messageAnswerSchema, type Operation } from "@/lib/openapi/operation";
import { idParams, jsonId } from "@/lib/schemas";
import { apiTokenJsonSchema } from "@/lib/tokens/json";
import { createTokenInput } from "@/lib/tokens/schemas";

// The people of an organization, their accounts, invitations and API tokens; first-run setup.

const Person = personJsonSchema.meta({ id: "Person" });
const Invitation = invitationJsonSchema.meta({ id: "Invitation" });
const Organization = organizationJsonSchema.meta({ id: "Organization" });
const ApiToken = apiTokenJsonSchema.meta({ id: "ApiToken" });

const data = dataOf;
const email = z.strictObject({ email: z.string() });
/** A one-time link, set only where no email is sent (no SMTP): shown in this answer only. */
const link = z.string().nullable();

export const teamOperations: Operation[] = [
  {
    method: "get",
    path: "/api/audit",
    operationId: "getAuditLog",
    tag: "Organization",
    summary: "The audit log (admins)",
    description:
      "Sign-ins, people joining, role changes, deactivations, invitations, channel connections, API tokens, deleted conversations and every conversation's activity: newest first, filtered by `group`, `actor` and days. `format=csv` downloads every entry that matches.",
    caller: "user",
    query: auditQuery,
    answers: {
      200: {
        description: "A page of the log.",
        schema: auditPageSchema,
        also: { "text/csv": z.string() },
      },
    },
    errors: [403, 429],
  },
  {
    method: "patch",
    path: "/api/account",
    operationId: "updateAccount",
    tag: "Account",
    summary: "Your name",
    caller: "user",
    body: updateAccountInput,
    answers: {
      200: {
        description: "You.",
        schema: data(z.strictObject({ _id: jsonId, fullName: z.string(), email: z.string(), role: z.enum(roles) })),
      },
    },
  },
  {
    method: "post",
    path: "/api/account/password",
    operationId: "changePassword",
    tag: "Account",
    summary: "Change your password",
    description: "Needs the current one; every session ends, this one too.",
    caller: "user",
    body: changePasswordInput,
    answers: { 200: { description: "Changed.", schema: data(email) } },
    errors: [403, 429],
  },
  {
    method: "delete",
    path: "/api/account/sessions",
    operationId: "signOutEverywhere",
    tag: "Account",
    summary: "Sign out everywhere",
    description: "Every session of yours ends (API tokens are revoked one by one).",
    caller: "user",
    answers: { 200: { description: "Done.", schema: messageAnswerSchema } },
  },
  {
    method: "get",
    path: "/api/people",
    operationId: "listPeople",
    tag: "Team",
    summary: "People and open invitations",
    caller: "user",
    answers: {
      200: {
        description: "Them.",
        schema: z.strictObject({ people: z.array(Person), invitations: z.array(Invitation) }),
      },
    },
    errors: [403],
  },
  {
    method: "patch",
    path: "/api/people/{id}",
    operationId: "changePerson",
    tag: "Team",
    summary: "Change someone's role, or deactivate / reactivate them",
    caller: "user",
    params: idParams,
    body: changePersonInput,
    answers: { 200: { description: "The person.", schema: data(Person) } },
    errors: [403, 409],
  },
  {
    method: "post",
    path: "/api/people/{id}/reset-link",
    operationId: "makeResetLink",
    tag: "Team",
    summary: "A password reset link to pass on by hand",
    caller: "user",
    params: idParams,
    answers: {
      200: {
        description: "The link, shown this once.",
        schema: z.strictObject({ link: z.string(), expiresInMinutes: z.number().int() }),
      },
    },
    errors: [403],
  },
  {
    method: "post",
    path: "/api/invitations",
    operationId: "invite",
    tag: "Team",
    summary: "Invite someone",
    caller: "user",
    body: inviteInput,
    answers: { 201: { description: "Invited.", schema: z.strictObject({ data: Invitation, link }) } },
    errors: [403, 409],
  },
  {
    method: "delete",
    path: "/api/invitations/{id}",
    operationId: "revokeInvitation",
    tag: "Team",
    summary: "Withdraw an invitation",
    caller: "user",
    params: idParams,
    answers: { 200: { description: "Withdrawn.", schema: data(Invitation) } },
    errors: [403, 409],
  },
  {
    method: "post",
    path: "/api/invitations/{id}/send",
    operationId: "sendInvitationAgain",
    tag: "Team",
    summary: "Send an invitation again, with a new link",
    caller: "user",
    params: idParams,
    answers: { 200: { description: "Sent.", schema: z.strictObject({ data: Invitation, link }) } },
    errors: [403, 409],
  },
  {
    method: "post",
    path: "/api/invitations/accept",
    operationId: "acceptInvitation",
    tag: "Team",
    summary: "Accept an invitation",
    description: "The invitee's name and password; the link works once.",
    caller: "public",
    body: acceptInvitationInput,
    answers: {
      201: { description: "The new account.", schema: data(z.strictObject({ _id: jsonId, email: z.string() })) },
    },
    errors: [404, 409, 410],
  },
  {
    method: "get",
    path: "/api/organization",
    operationId: "getOrganization",
    tag: "Team",
    summary: "Your organization",
    caller: "user",
    answers: { 200: { description: "It.", schema: data(Organization) } },
  },
  {
    method: "patch",
    path: "/api/organization",
    operationId: "updateOrganization",
    tag: "Team",
    summary: "Rename it, or change its time zone",
    caller: "user",
    body: updateOrganizationInput,
    answers: { 200: { description: "It.", schema: data(Organization) } },
    errors: [403],
  },
  {
    method: "post",
    path: "/api/password-reset",
    operationId: "requestPasswordReset",
    tag: "Account",
    summary: "Forgot password",
    description: "The same answer whether or not the email has an account.",
    caller: "public",
    body: requestResetInput,
    answers: { 202: { description: "A link is on its way if the account exists.", schema: messageAnswerSchema } },
    errors: [429, 503],
  },
  {
    method: "post",
    path: "/api/password-reset/complete",
    operationId: "completePasswordReset",
    tag: "Account",
    summary: "Set a new password from a reset link",
    caller: "public",
    body: completeResetInput,
    answers: { 200: { description: "Set; every session of that person ends.", schema: data(email) } },
    errors: [404, 410, 429],
  },
  {
    method: "post",
    path: "/api/setup",
    operationId: "setUp",
    tag: "Team",
    summary: "First run: the organization and its first admin",
    description: "Only on a database with no users; 409 ever after.",
    caller: "public",
    body: setupInput,
    answers: {
      201: {
        description: "Made.",
        schema: data(
          z.strictObject({
            organization: z.strictObject({ _id: jsonId, name: z.string() }),
            admin: z.strictObject({ _id: jsonId, email: z.string() }),
          }),
        ),
      },
    },
    errors: [409],
  },
  {
    method: "get",
    path: "/api/tokens",
    operationId: "listApiTokens",
    tag: "Account",
    summary: "Your API tokens",
    caller: "user",
    answers: {
      200: { description: "Never the tokens themselves.", schema: z.strictObject({ tokens: z.array(ApiToken) }) },
    },
  },
  {
    method: "post",
    path: "/api/tokens",
    operationId: "createApiToken",
    tag: "Account",
    summary: "Make an API token",
    caller: "user",
    body: createTokenInput,
    answers: {
      201: {
        description: "`token` is shown this once.",
        schema: z.strictObject({ token: z.string(), data: ApiToken }),
      },
    },
    errors: [409],
  },
  {
    method: "delete",
    path: "/api/tokens/{id}",
    operationId: "revokeApiToken",
    tag: "Account",
    summary: "Revoke one of your API tokens",
    caller: "user",
    params: idParams,
    answers: { 200: { description: "Revoked.", schema: messageAnswerSchema } },
  },
];
