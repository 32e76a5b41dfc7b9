import type { Metadata } from "next";
import { LabelsView } from "@/components/settings/labels-view";
import { requirePageDataViewer } from "@/lib/auth/page-viewer";

export const metadata: Metadata = { title: "Labels · Inbox" };

export default async function LabelsPage() {
  await requirePageDataViewer();
  return <LabelsView />;
}
