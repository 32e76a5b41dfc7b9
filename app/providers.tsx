"use client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { Toaster } from "sonner";
import { ViewerProvider } from "@/components/layout/viewer-context";
import { LiveUpdates } from "@/components/live/live-updates";
import type { ViewerInfo } from "@/lib/auth/viewer";

export function Providers({ viewer, children }: { viewer: ViewerInfo; children: React.ReactNode }) {
  // One QueryClient per browser session.
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: { queries: { staleTime: 2_000, retry: 1, refetchOnWindowFocus: true } },
      }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <ViewerProvider viewer={viewer}>
        <LiveUpdates />
        {children}
      </ViewerProvider>
      <Toaster position="bottom-right" richColors closeButton />
    </QueryClientProvider>
  );
}
