import type { Metadata } from "next";
import { ApiTokens } from "@/components/settings/api-tokens";

export const metadata: Metadata = { title: "API tokens · Inbox" };

export default function TokensPage() {
  return <ApiTokens />;
}
