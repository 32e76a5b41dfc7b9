import type { Metadata } from "next";
import { CannedRepliesView } from "@/components/settings/canned-replies-view";
import { requirePageDataViewer } from "@/lib/auth/page-viewer";

export const metadata: Metadata = { title: "Canned replies · Inbox" };

export default async function CannedRepliesPage() {
  await requirePageDataViewer();
  return <CannedRepliesView />;
}
