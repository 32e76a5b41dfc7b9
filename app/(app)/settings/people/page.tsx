import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PeopleView } from "@/components/settings/people-view";
import { requirePageViewer } from "@/lib/auth/page-viewer";
import { canSeeWholeOrganization } from "@/lib/auth/viewer";

export const metadata: Metadata = { title: "People · Inbox" };

export default async function PeoplePage() {
  if (!canSeeWholeOrganization(await requirePageViewer())) redirect("/inbox");
  return <PeopleView />;
}
