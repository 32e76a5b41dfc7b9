import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuditView } from "@/components/settings/audit-view";
import { requirePageDataViewer } from "@/lib/auth/page-viewer";
import { canManagePeople } from "@/lib/auth/viewer";

export const metadata: Metadata = { title: "Audit log · Inbox" };

export default async function AuditPage() {
  const viewer = await requirePageDataViewer();
  if (!canManagePeople(viewer)) redirect("/inbox");
  return <AuditView />;
}
