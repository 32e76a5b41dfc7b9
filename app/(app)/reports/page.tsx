import type { Metadata } from "next";
import { Suspense } from "react";
import { ReportView } from "@/components/reports/report-view";
import { requirePageDataViewer } from "@/lib/auth/page-viewer";

export const metadata: Metadata = { title: "Reports · Inbox" };

export default async function ReportsPage() {
  await requirePageDataViewer();
  // The period and grouping are read from the URL in the browser.
  return (
    <Suspense>
      <ReportView />
    </Suspense>
  );
}
