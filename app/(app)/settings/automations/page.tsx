import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AutomationsView } from "@/components/settings/automations-view";
import { requirePageDataViewer } from "@/lib/auth/page-viewer";
import { canSeeWholeOrganization } from "@/lib/auth/viewer";

export const metadata: Metadata = { title: "Automations · Inbox" };

export default async function AutomationsPage() {
  const viewer = await requirePageDataViewer();
  if (!canSeeWholeOrganization(viewer)) redirect("/inbox");
  return <AutomationsView />;
}
