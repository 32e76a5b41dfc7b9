import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { WebhooksView } from "@/components/settings/webhooks-view";
import { requirePageDataViewer } from "@/lib/auth/page-viewer";
import { canManagePeople } from "@/lib/auth/viewer";

export const metadata: Metadata = { title: "Webhooks · Inbox" };

export default async function WebhooksPage() {
  const viewer = await requirePageDataViewer();
  if (!canManagePeople(viewer)) redirect("/inbox");
  return <WebhooksView />;
}
