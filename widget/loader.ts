// widget.js: what a website embeds (<script src=".../widget.js" data-webchat="<public id>" async>).
// It adds a launcher button in a shadow root, styled by a constructed stylesheet (nothing inline,
// so a strict host CSP holds, and no host CSS reaches in or widget CSS out); the chat panel
// is an iframe from our origin, made when the browser is idle after load or the launcher is first
// pressed. It talks to the panel by postMessage, checking both ends.
//
//   window.Webchat.identify(token)  a signed-in user (the website's identity JWT); also data-identity
//   window.Webchat.logout()         forget the visitor on this site (a shared computer)
//   window.Webchat.open() / close()

type Message = { type: string; [key: string]: unknown };

((script: HTMLScriptElement | null) => {
  const w = window as unknown as { Webchat?: object };
  if (!script || w.Webchat) return;
  const publicId = script.dataset.webchat ?? "";
  const base = new URL(script.src).origin;

  const CSS = `:host{all:initial!important;position:fixed!important;z-index:2147483000!important;right:20px!important;bottom:20px!important;display:block!important;width:auto!important;height:auto!important;margin:0!important;padding:0!important;border:0!important;transform:none!important;filter:none!important;opacity:1!important;visibility:visible!important;contain:none!important}
button{all:initial;box-sizing:border-box;width:56px;height:56px;border-radius:50%;background:var(--accent);color:#fff;display:flex;align-items:center;justify-content:center;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25);position:relative}
button:focus-visible{outline:3px solid #111;outline-offset:3px}
svg{width:28px;height:28px;fill:currentColor}
.badge{position:absolute;top:-4px;right:-4px;min-width:20px;height:20px;padding:0 5px;box-sizing:border-box;border-radius:10px;background:#b91c1c;color:#fff;font:600 12px/20px system-ui,sans-serif;text-align:center}
.badge[hidden],iframe[hidden]{display:none}
iframe{all:initial;position:fixed;right:20px;bottom:88px;width:380px;height:min(600px,calc(100vh - 108px));border:0;border-radius:12px;box-shadow:0 8px 30px rgba(0,0,0,.3);background:#fff;color-scheme:normal}
@media (max-width:480px){iframe{inset:0;width:100vw;height:100dvh;border-radius:0}:host([data-open]) button{display:none}}
@media (prefers-reduced-motion:no-preference){button{transition:transform .15s}button:hover{transform:scale(1.05)}}`;

  const host = document.createElement("div");
  const root = host.attachShadow({ mode: "open" });
  const sheet = new CSSStyleSheet();
  const launcher = document.createElement("button");
  const badge = document.createElement("span");
  let frame: HTMLIFrameElement | null = null;
  let ready = false;
  let open = false;
  // What the panel is told once it is ready (the identity from data-identity first).
  const queue: Message[] = script.dataset.identity
    ? [{ type: "webchat:identity", token: script.dataset.identity }]
    : [];

  const icon = (path: string) =>
    `<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="${path}"/></svg>`;
  const CHAT = icon("M4 4h16v12H7l-3 3V4zm4 5v2h2V9H8zm4 0v2h2V9h-2z");
  const CLOSE = icon("M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6 10.6 12 5 6.4z");

  // Where the panel's own storage is blocked (third-party storage off: private windows, Safari,
  // Brave), the visitor's token is kept here, in this website's storage, and handed back to it.
  const keyName = `webchat:${publicId}`;
  const kept = () => {
    try {
      return localStorage.getItem(keyName);
    } catch {
      return null;
    }
  };
  const keep = (token: string | null) => {
    try {
      if (token) localStorage.setItem(keyName, token);
      else localStorage.removeItem(keyName);
    } catch {
      // no storage at all: the visitor lasts as long as the page
    }
  };

  const post = (message: Message) => {
    if (frame?.contentWindow && ready) frame.contentWindow.postMessage(message, base);
    else queue.push(message);
  };

  function makeFrame() {
    if (frame) return frame;
    frame = document.createElement("iframe");
    frame.src = `${base}/widget/${encodeURIComponent(publicId)}`;
    frame.title = "Chat";
    frame.id = "webchat-panel";
    frame.hidden = true;
    root.append(frame);
    return frame;
  }

  function setOpen(next: boolean, focusLauncher = true) {
    open = next;
    // Closing never makes the panel: it loads on the first opening, or once the page is idle.
    const panel = next ? makeFrame() : frame;
    if (panel) panel.hidden = !next;
    launcher.setAttribute("aria-expanded", String(next));
    launcher.setAttribute("aria-label", next ? "Close chat" : "Open chat");
    launcher.innerHTML = next ? CLOSE : CHAT;
    launcher.append(badge);
    host.toggleAttribute("data-open", next);
    if (next) {
      badge.hidden = true;
      post({ type: "webchat:open", url: location.href, title: document.title });
      panel?.focus();
    } else if (panel) {
      post({ type: "webchat:hidden" });
      if (focusLauncher) launcher.focus();
    }
  }

  // Esc inside the widget closes it: the panel's page reports its own key; this one is pressed on
  // the launcher, or reached the host page while the frame held its focus.
  root.addEventListener("keydown", (event) => {
    if ((event as KeyboardEvent).key === "Escape" && open) setOpen(false);
  });

  window.addEventListener("message", (event) => {
    if (!frame || event.source !== frame.contentWindow || event.origin !== base) return;
    const data = event.data as Message;
    if (data?.type === "webchat:ready") {
      ready = true;
      // Opened before the panel had loaded: the focus given to the frame then went nowhere, so it
      // is given again now, before the panel is told to open (and moves it to its text box).
      if (open) frame.focus();
      frame.contentWindow?.postMessage({ type: "webchat:kept", token: kept() }, base);
      for (const message of queue.splice(0)) frame.contentWindow?.postMessage(message, base);
    } else if (data?.type === "webchat:keep") {
      keep(typeof data.token === "string" ? data.token : null);
    } else if (data?.type === "webchat:close") setOpen(false);
    else if (data?.type === "webchat:unread" && !open) {
      const count = Number(data.count) || 0;
      badge.textContent = String(count);
      badge.hidden = count === 0;
    }
  });

  async function start() {
    const response = await fetch(`${base}/api/widget/${encodeURIComponent(publicId)}/config`, {
      credentials: "omit",
    }).catch(() => null);
    if (!response?.ok) {
      const body = await response?.json().catch(() => null);
      // A website the widget does not allow gets no CORS headers: its page cannot read why.
      const why = body?.message ?? "the chat server could not be reached, or does not allow this website";
      console.warn(`Webchat: the widget is not shown: ${why}`);
      return;
    }
    const config = (await response.json()) as { accentColor: string };
    sheet.replaceSync(
      `${CSS}:host{--accent:${/^#[0-9a-f]{6}$/i.test(config.accentColor) ? config.accentColor : "#1d4ed8"}}`,
    );
    root.adoptedStyleSheets = [sheet];
    badge.className = "badge";
    badge.hidden = true;
    launcher.setAttribute("aria-controls", "webchat-panel");
    launcher.addEventListener("click", () => setOpen(!open));
    root.append(launcher);
    setOpen(false, false);
    document.body.append(host);
    // The panel loads after the page has, when it has nothing better to do: the page's own load
    // waits for nothing of ours, and opening the panel is then instant.
    const idle = (window as { requestIdleCallback?: (f: () => void) => void }).requestIdleCallback ?? setTimeout;
    const preload = () => idle(() => makeFrame());
    if (document.readyState === "complete") preload();
    else window.addEventListener("load", preload, { once: true });
  }

  w.Webchat = {
    identify: (token: string) => post({ type: "webchat:identity", token }),
    logout: () => post({ type: "webchat:logout" }),
    open: () => setOpen(true),
    close: () => setOpen(false),
  };

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => void start());
  else void start();
})(document.currentScript as HTMLScriptElement | null);

export {};
