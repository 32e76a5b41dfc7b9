import type { Metadata } from "next";
import { Suspense } from "react";
import { InboxView } from "@/components/inbox/inbox-view";
import { requirePageDataViewer } from "@/lib/auth/page-viewer";
import { firstInboxPage } from "@/lib/inbox/first-page";

export const metadata: Metadata = { title: "Inbox" };

// The first page of the list is read here, with the page: its rows are in the HTML, drawn before
// any script has loaded, and handed to the browser's query cache.
export default async function InboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const first = await firstInboxPage(await requirePageDataViewer(), await searchParams);
  return (
    <Suspense>
      <InboxView first={first} />
    </Suspense>
  );
}
