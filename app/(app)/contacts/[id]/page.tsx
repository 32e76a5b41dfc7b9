import type { Metadata } from "next";
import { ContactPanel } from "@/components/inbox/contact-panel";

export const metadata: Metadata = { title: "Contact · Inbox" };

export default async function ContactPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <main className="mx-auto h-full max-w-2xl overflow-y-auto p-4">
      <div className="rounded-lg border border-slate-200 bg-white">
        <ContactPanel contactId={id} />
      </div>
    </main>
  );
}
