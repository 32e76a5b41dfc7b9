// What a website adds to show the widget: one script tag, and (if it has a Content-Security-Policy)
// three sources for our origin. Shown on the connection's card and in docs/api.md.

export function embedOf(publicId: string, _settings: unknown, publicUrl: string) {
  const origin = publicUrl.replace(/\/+$/, "");
  return {
    publicId,
    snippet: `<script src="${origin}/widget.js" data-webchat="${publicId}" async></script>`,
    /** The sources a host page's CSP must allow: the loader, its settings request, the panel. */
    csp: [`script-src ${origin}`, `connect-src ${origin}`, `frame-src ${origin}`],
  };
}
