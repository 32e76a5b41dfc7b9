import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ChannelsView } from "@/components/settings/channels/channels-view";
import { requirePageViewer } from "@/lib/auth/page-viewer";
import { canManagePeople } from "@/lib/auth/viewer";

export const metadata: Metadata = { title: "Channels · Inbox" };

export default async function ChannelsPage() {
  if (!canManagePeople(await requirePageViewer())) redirect("/inbox");
  return <ChannelsView />;
}
