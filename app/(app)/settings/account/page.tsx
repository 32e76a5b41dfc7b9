import type { Metadata } from "next";
import { AccountView } from "@/components/settings/account-view";

export const metadata: Metadata = { title: "Your account · Inbox" };

export default function AccountPage() {
  return <AccountView />;
}
