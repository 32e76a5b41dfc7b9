import type { InvitationJson, OrganizationJson, PersonJson } from "@/lib/accounts/json";
import type { ChannelType } from "@/lib/channel-types";
import type { ConnectionJson } from "@/lib/connections/json";
import type { ConnectInput } from "@/lib/connections/schemas";
import { apiFetch } from "@/lib/queries/api-client";
import type { Signal } from "@/lib/queries/endpoints";
import type { ApiTokenJson } from "@/lib/tokens/json";

// The settings pages' endpoints (your API tokens, people, invitations and your account, channel
// connections) and the sign-in pages' (first run, an invitation, a reset), once each, as
// lib/queries/endpoints.ts holds the inbox's.

export const getApiTokens = async ({ signal }: Signal) =>
  (await apiFetch<{ tokens: ApiTokenJson[] }>("/api/tokens", { signal })).tokens;

export const postApiToken = (name: string) =>
  apiFetch<{ token: string; data: ApiTokenJson }>("/api/tokens", { method: "POST", body: { name } });

export const deleteApiToken = (id: string) => apiFetch(`/api/tokens/${id}`, { method: "DELETE" });

// People, invitations and your account. `link` answers carry a link shown once (no SMTP).
export type PeoplePage = { people: PersonJson[]; invitations: InvitationJson[] };
export type Role = PersonJson["role"];

export const getPeople = ({ signal }: Signal) => apiFetch<PeoplePage>("/api/people", { signal });

export const patchPerson = (id: string, change: { role?: Role; active?: boolean }) =>
  apiFetch<{ data: PersonJson }>(`/api/people/${id}`, { method: "PATCH", body: change });

export const postResetLink = (id: string) =>
  apiFetch<{ link: string; expiresInMinutes: number }>(`/api/people/${id}/reset-link`, { method: "POST" });

export const postInvitation = (email: string, role: Role) =>
  apiFetch<{ data: InvitationJson; link: string | null }>("/api/invitations", {
    method: "POST",
    body: { email, role },
  });

export const postInvitationAgain = (id: string) =>
  apiFetch<{ data: InvitationJson; link: string | null }>(`/api/invitations/${id}/send`, { method: "POST" });

export const deleteInvitation = (id: string) => apiFetch(`/api/invitations/${id}`, { method: "DELETE" });

export const patchAccount = (fullName: string) => apiFetch("/api/account", { method: "PATCH", body: { fullName } });

export const postPassword = (currentPassword: string, newPassword: string) =>
  apiFetch<{ data: { email: string } }>("/api/account/password", {
    method: "POST",
    body: { currentPassword, newPassword },
  });

export const deleteSessions = () => apiFetch("/api/account/sessions", { method: "DELETE" });

export const postSetup = (input: { organizationName: string; fullName: string; email: string; password: string }) =>
  apiFetch("/api/setup", { method: "POST", body: input });

export const postAcceptInvitation = (input: { token: string; fullName: string; password: string }) =>
  apiFetch<{ data: { email: string } }>("/api/invitations/accept", { method: "POST", body: input });

export const postResetRequest = (email: string) =>
  apiFetch<{ message: string }>("/api/password-reset", { method: "POST", body: { email } });

export const postResetComplete = (token: string, password: string) =>
  apiFetch<{ data: { email: string } }>("/api/password-reset/complete", { method: "POST", body: { token, password } });

// Channel connections (admins). Secrets go in and never come back.
export const getChannels = async ({ signal }: Signal) =>
  (await apiFetch<{ channels: ConnectionJson[] }>("/api/channels", { signal })).channels;

export const postChannel = (input: ConnectInput) =>
  apiFetch<{ data: ConnectionJson }>("/api/channels", { method: "POST", body: input });

/** A connection's change: rename, enable or disable, or its provider's own fields. */
export type ChannelChange = { enabled?: boolean; name?: string } & Record<string, unknown>;

export const patchChannel = (id: string, change: ChannelChange) =>
  apiFetch<{ data: ConnectionJson }>(`/api/channels/${id}`, { method: "PATCH", body: change });

export const deleteChannel = (id: string) => apiFetch(`/api/channels/${id}`, { method: "DELETE" });

export const postChannelTest = (id: string) =>
  apiFetch<{ ok: boolean; message: string }>(`/api/channels/${id}/test`, { method: "POST" });

export const getConnectedChannels = async ({ signal }: Signal) =>
  (await apiFetch<{ connected: ChannelType[] }>("/api/channels/connected", { signal })).connected;

export const getOrganization = async ({ signal }: Signal) =>
  (await apiFetch<{ data: OrganizationJson }>("/api/organization", { signal })).data;

export const patchOrganization = (change: { name?: string; timeZone?: string; autopilotStalledMinutes?: number }) =>
  apiFetch<{ data: OrganizationJson }>("/api/organization", { method: "PATCH", body: change });
