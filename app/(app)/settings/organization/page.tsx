import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { OrganizationView } from "@/components/settings/organization-view";
import { organizationJson } from "@/lib/accounts/json";
import { getOrganization } from "@/lib/accounts/organization";
import { requirePageDataViewer } from "@/lib/auth/page-viewer";
import { canManagePeople } from "@/lib/auth/viewer";

export const metadata: Metadata = { title: "Organization · Inbox" };

export default async function OrganizationPage() {
  const viewer = await requirePageDataViewer();
  if (!canManagePeople(viewer)) redirect("/inbox");
  return <OrganizationView organization={organizationJson(await getOrganization(viewer))} />;
}
