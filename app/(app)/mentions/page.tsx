import type { Metadata } from "next";
import { MentionsView } from "@/components/mentions/mentions-view";
import { requirePageDataViewer } from "@/lib/auth/page-viewer";

export const metadata: Metadata = { title: "Mentions · Inbox" };

export default async function MentionsPage() {
  await requirePageDataViewer();
  return <MentionsView />;
}
