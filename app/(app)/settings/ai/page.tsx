import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AiView } from "@/components/settings/ai-view";
import { requirePageDataViewer } from "@/lib/auth/page-viewer";
import { canManagePeople } from "@/lib/auth/viewer";

export const metadata: Metadata = { title: "AI · Inbox" };

export default async function AiPage() {
  const viewer = await requirePageDataViewer();
  if (!canManagePeople(viewer)) redirect("/inbox");
  return <AiView />;
}
