import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ProcessesView } from "@/components/settings/processes-view";
import { requirePageDataViewer } from "@/lib/auth/page-viewer";
import { canSeeWholeOrganization } from "@/lib/auth/viewer";

export const metadata: Metadata = { title: "Processes · Inbox" };

export default async function ProcessesPage() {
  const viewer = await requirePageDataViewer();
  if (!canSeeWholeOrganization(viewer)) redirect("/inbox");
  return <ProcessesView />;
}
