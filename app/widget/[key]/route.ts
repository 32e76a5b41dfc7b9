import { servePublicPage } from "@/lib/connections/webhook";

// The webchat widget's chat panel (lib/channels/webchat/panel-page.ts), framed by the websites the
// connection allows.
export async function GET(_request: Request, { params }: { params: Promise<{ key: string }> }) {
  return servePublicPage((await params).key);
}
