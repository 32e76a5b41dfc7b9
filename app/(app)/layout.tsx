import { AppHeader } from "@/components/layout/app-header";
import { requirePageViewer } from "@/lib/auth/page-viewer";
import { Providers } from "../providers";

// Every page in here needs a session; the API checks its own credentials independently.
export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requirePageViewer();
  return (
    <Providers viewer={viewer}>
      <div className="flex h-dvh flex-col">
        <AppHeader />
        <div className="min-h-0 flex-1">{children}</div>
      </div>
    </Providers>
  );
}
