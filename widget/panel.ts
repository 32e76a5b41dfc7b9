// The chat panel, in an iframe from our origin (app/widget/[key]): the visitor's conversation, in
// plain DOM. No framework: the panel is small, and the budget is 40 KB gzipped (React alone is more).
// Everything a visitor, an agent or a website sends is shown as text (textContent), never as HTML.
// The visitor token lives in this frame's localStorage, which browsers partition per host site.

type Config = {
  api: string;
  publicId: string;
  title: string;
  greeting: string;
  accentColor: string;
  askForContact: boolean;
  open: boolean;
  offlineMessage: string;
  requireIdentity: boolean;
};
type Attachment = { id: string; name: string; contentType: string; size: number };
type Message = {
  id: string;
  body: string;
  from: "visitor" | "agent" | "assistant";
  agent: { name: string } | null;
  attachments: Attachment[];
  createdAt: string;
  status: "sent" | "seen" | null;
  /** ours, before the server has it */
  pending?: "sending" | "failed";
  clientId?: string;
};
type Page = { messages: Message[]; hasMore: boolean; seenUntil: string | null };

const config = JSON.parse(document.getElementById("webchat-config")?.textContent ?? "{}") as Config;
const storageKey = `webchat:${config.publicId}`;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const state = {
  token: null as string | null,
  identity: null as string | null,
  visitor: { identified: false, email: null as string | null },
  messages: [] as Message[],
  hasMore: false,
  seenUntil: null as string | null,
  started: false,
  visible: false,
  unread: 0,
  uploads: [] as (Attachment & { preview: string })[],
  stream: null as AbortController | null,
  context: { url: "", title: "" },
};

// The visitor token: in this frame's own storage (partitioned per website by the browser); where a
// browser blocks a frame's storage, the loader keeps it in the website's (webchat:keep / kept).
const ownStorage = (() => {
  try {
    const storage = window.localStorage;
    storage.getItem(storageKey);
    return storage;
  } catch {
    return null;
  }
})();
// Where our messages to the website may go: the page that framed us (only an allowed origin can,
// by frame-ancestors). Browsers without ancestorOrigins say it in the referrer, unless the site's
// referrer policy sends none.
const parentOrigin = location.ancestorOrigins?.[0] ?? (document.referrer ? new URL(document.referrer).origin : "*");

function keepToken(token: string | null) {
  if (!ownStorage) return parent.postMessage({ type: "webchat:keep", token }, parentOrigin);
  if (token) ownStorage.setItem(storageKey, token);
  else ownStorage.removeItem(storageKey);
}

// --- the page -------------------------------------------------------------------------------

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, unknown> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node: HTMLElementTagNameMap[K] = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

const svg = (path: string) => {
  const ns = "http://www.w3.org/2000/svg";
  const icon = document.createElementNS(ns, "svg");
  icon.setAttribute("viewBox", "0 0 24 24");
  icon.setAttribute("aria-hidden", "true");
  const shape = document.createElementNS(ns, "path");
  shape.setAttribute("d", path);
  icon.append(shape);
  return icon;
};

function render() {
  document.documentElement.style.setProperty("--accent", config.accentColor);
  const close = el(
    "button",
    { className: "icon", type: "button", ariaLabel: "Close chat" },
    svg("M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6 10.6 12 5 6.4z"),
  );
  close.addEventListener("click", () => parent.postMessage({ type: "webchat:close" }, parentOrigin));
  const header = el(
    "header",
    {},
    el(
      "div",
      {},
      el("h1", { textContent: config.title || "Chat" }),
      el("p", { id: "status", textContent: config.open ? "We usually reply in a few minutes" : "Away right now" }),
    ),
    close,
  );
  const log = el("ol", { id: "log", ariaLabel: "Messages" });
  log.setAttribute("role", "log");
  const older = el("button", { id: "older", type: "button", textContent: "Earlier messages", hidden: true });
  older.addEventListener("click", () => void loadOlder());
  const main = el(
    "main",
    { id: "scroller" },
    older,
    el("p", { className: "greeting", textContent: config.greeting }),
    log,
    el("p", { id: "typing", ariaLive: "polite" }),
  );
  const offline = el("p", {
    id: "offline",
    className: "notice",
    textContent: config.offlineMessage,
    hidden: config.open,
  });
  const contact = el(
    "fieldset",
    { id: "contact", hidden: true },
    el("legend", { textContent: "So that we can write back" }),
    el("label", { htmlFor: "name", textContent: "Name" }),
    el("input", { id: "name", autocomplete: "name", maxLength: 200 }),
    el("label", { htmlFor: "email", textContent: "Email" }),
    el("input", { id: "email", type: "email", autocomplete: "email", maxLength: 320 }),
  );
  const error = el("p", { id: "error", hidden: true });
  error.setAttribute("role", "alert");
  const file = el("input", {
    id: "file",
    type: "file",
    accept: "image/png,image/jpeg,image/gif,image/webp",
    className: "sr",
  });
  file.addEventListener("change", () => void attach(file));
  const text = el("textarea", { id: "text", rows: 1, placeholder: "Write a message…", maxLength: 5000 });
  text.setAttribute("aria-label", "Message");
  text.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      composer.requestSubmit();
    }
  });
  const attachLabel = el(
    "label",
    { htmlFor: "file", className: "icon", title: "Attach an image" },
    svg(
      "M16.5 6.5v10a4.5 4.5 0 0 1-9 0V5a3 3 0 0 1 6 0v10.5a1.5 1.5 0 0 1-3 0V6.5H9v9a3 3 0 0 0 6 0V5a4.5 4.5 0 0 0-9 0v11.5a6 6 0 0 0 12 0v-10z",
    ),
    el("span", { className: "sr", textContent: "Attach an image" }),
  );
  const send = el(
    "button",
    { type: "submit", className: "icon send", ariaLabel: "Send" },
    svg("M3 20.5 21 12 3 3.5v6.6l12 1.9-12 1.9z"),
  );
  const composer = el("form", { id: "composer" }, file, attachLabel, text, send);
  composer.addEventListener("submit", (event) => {
    event.preventDefault();
    void sendMessage();
  });
  document.body.append(header, main, offline, el("div", { id: "uploads" }), contact, error, composer);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") parent.postMessage({ type: "webchat:close" }, parentOrigin);
  });
}

const time = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join("");

function messageItem(message: Message): HTMLLIElement {
  const mine = message.from === "visitor";
  const item = el("li", { className: `message ${mine ? "mine" : "theirs"}` });
  item.dataset.id = message.id;
  if (!mine) {
    const name = message.agent?.name ?? (message.from === "assistant" ? "Assistant" : config.title);
    item.append(el("span", { className: "avatar", textContent: initials(name) || "?", ariaHidden: "true" }));
    item.append(el("span", { className: "sr", textContent: `${name}: ` }));
  }
  const bubble = el("div", { className: "bubble" });
  if (!mine && message.agent) bubble.append(el("span", { className: "who", textContent: message.agent.name }));
  if (message.body) bubble.append(el("p", { textContent: message.body }));
  for (const attachment of message.attachments) {
    bubble.append(attachment.contentType.startsWith("image/") ? image(attachment) : download(attachment));
  }
  const state =
    message.pending === "sending"
      ? "Sending…"
      : message.pending === "failed"
        ? "Not sent"
        : message.status === "seen"
          ? "Seen"
          : message.status === "sent"
            ? "Sent"
            : "";
  bubble.append(
    el("span", {
      className: "meta",
      textContent: [time(message.createdAt), mine ? state : ""].filter(Boolean).join(" · "),
    }),
  );
  if (message.pending === "failed") {
    const retry = el("button", { type: "button", className: "retry", textContent: "Try again" });
    retry.addEventListener("click", () => void deliver(message));
    bubble.append(retry);
  }
  item.append(bubble);
  return item;
}

/** A file read with the visitor's token, kept in memory (read once per file). */
const files = new Map<string, Promise<string | null>>();
function fileUrl(attachment: Attachment): Promise<string | null> {
  let url = files.get(attachment.id);
  if (!url) {
    url = api(`uploads/${attachment.id}`)
      .then((response) => (response.ok ? response.blob() : null))
      .then((blob) => (blob ? URL.createObjectURL(blob) : null))
      .catch(() => null);
    files.set(attachment.id, url);
  }
  return url;
}

function image(attachment: Attachment): HTMLElement {
  const img = el("img", { alt: attachment.name, className: "image" });
  void fileUrl(attachment).then((src) => {
    if (src) img.src = src;
  });
  return img;
}

/** Any other file (an agent's PDF): a link that saves it under its name. */
function download(attachment: Attachment): HTMLElement {
  const size =
    attachment.size >= 1048576
      ? `${(attachment.size / 1048576).toFixed(1)} MB`
      : `${Math.ceil(attachment.size / 1024)} KB`;
  const link = el("a", { className: "file", textContent: `${attachment.name} (${size})` });
  link.download = attachment.name;
  void fileUrl(attachment).then((href) => {
    if (href) link.href = href;
  });
  return link;
}

// Each message's element is kept and changed only when the message does: a redraw leaves the rest
// (and the screen reader's place, and the entry animation) alone.
const drawn = new Map<string, { look: string; node: HTMLLIElement }>();
const lookOf = (m: Message) => `${m.status}|${m.pending}|${m.body}|${m.attachments.length}`;

function drawMessages() {
  const log = $("log");
  const scroller = $("scroller");
  const atBottom = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 40;
  const nodes = state.messages.map((message) => {
    const known = drawn.get(message.id);
    if (known && known.look === lookOf(message)) return known.node;
    const node = messageItem(message);
    if (!known) {
      node.classList.add("new");
      node.addEventListener("animationend", () => node.classList.remove("new"), { once: true });
    }
    drawn.set(message.id, { look: lookOf(message), node });
    return node;
  });
  nodes.forEach((node, i) => {
    if (log.children[i] !== node) log.insertBefore(node, log.children[i] ?? null);
  });
  while (log.children.length > nodes.length) log.lastElementChild?.remove();
  $("older").hidden = !state.hasMore;
  $("contact").hidden = !needsContact();
  if (atBottom) scroller.scrollTop = scroller.scrollHeight;
}

function showError(message: string | null) {
  const error = $("error");
  error.textContent = message ?? "";
  error.hidden = !message;
}

function needsContact() {
  if (state.visitor.identified || state.visitor.email) return false;
  const first = !state.messages.some((m) => m.from === "visitor" && !m.pending);
  return (config.askForContact && first) || (!config.open && first);
}

// --- talking to the server --------------------------------------------------------------------

function api(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (state.token) headers.set("authorization", `Bearer ${state.token}`);
  return fetch(`${config.api}/${path}`, { ...init, headers });
}

async function problem(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { message?: string } | null;
  if (response.status === 429) return "You are sending a lot: wait a moment and try again.";
  return body?.message ?? "Something went wrong. Please try again.";
}

/** A session for this visitor: resumed from the kept token, or the website's identity. */
async function startSession(): Promise<boolean> {
  const response = await fetch(`${config.api}/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      ...(state.token ? { token: state.token } : {}),
      ...(state.identity ? { identity: state.identity } : {}),
    }),
  }).catch(() => null);
  if (!response) {
    showError("The chat cannot be reached. Check your connection; we keep trying.");
    return false;
  }
  if (!response.ok) {
    const message = await problem(response);
    // The website's developer needs to know why: their identity token was refused.
    console.error(`Webchat: ${message}`);
    showError(state.identity ? "We could not confirm who you are. Reload the page, or sign in again." : message);
    return false;
  }
  const session = (await response.json()) as { token: string; visitor: { identified: boolean; email: string | null } };
  state.token = session.token;
  state.visitor = session.visitor;
  keepToken(session.token);
  showError(null);
  return true;
}

// Each session start is a generation: what an older one was doing (a stream, a read) stops when a
// newer one begins (the website identified the visitor, or signed them out).
let generation = 0;

// The start under way (or done): a message sent while it runs waits for it, never dropped.
let starting: Promise<void> = Promise.resolve();

function start(): Promise<void> {
  if (!state.started) {
    state.started = true;
    starting = begin();
  }
  return starting;
}

async function begin() {
  const mine = ++generation;
  if (!(await startSession())) {
    if (mine === generation) state.started = false;
    return;
  }
  if (mine !== generation) return;
  await loadLatest();
  if (mine === generation) void listen(mine);
}

async function loadLatest() {
  const response = await api("messages?limit=30");
  if (response.status === 401) return restart();
  if (!response.ok) return showError(await problem(response));
  const page = (await response.json()) as Page;
  const pending = state.messages.filter((m) => m.pending);
  state.messages = [...page.messages, ...pending];
  state.hasMore = page.hasMore;
  applySeen(page.seenUntil);
  drawMessages();
  markRead();
}

async function loadOlder() {
  const first = state.messages.find((m) => !m.pending);
  if (!first) return;
  const response = await api(`messages?limit=30&before=${first.id}`);
  if (!response.ok) return showError(await problem(response));
  const page = (await response.json()) as Page;
  const scroller = $("scroller");
  const fromBottom = scroller.scrollHeight - scroller.scrollTop;
  state.messages = [...page.messages, ...state.messages];
  state.hasMore = page.hasMore;
  drawMessages();
  scroller.scrollTop = scroller.scrollHeight - fromBottom;
}

/** What is new since the newest message we have. */
async function loadNewer() {
  const last = [...state.messages].reverse().find((m) => !m.pending);
  if (!last) return loadLatest();
  const response = await api(`messages?limit=100&after=${last.id}`);
  if (!response.ok) return;
  const page = (await response.json()) as Page;
  const known = new Set(state.messages.map((m) => m.id));
  const fresh = page.messages.filter((m) => !known.has(m.id));
  const replies = fresh.filter((m) => m.from !== "visitor").length;
  const pending = state.messages.filter((m) => m.pending);
  state.messages = [...state.messages.filter((m) => !m.pending), ...fresh, ...pending];
  applySeen(page.seenUntil);
  if (replies > 0) {
    $("typing").textContent = "";
    if (!state.visible) {
      state.unread += replies;
      parent.postMessage({ type: "webchat:unread", count: state.unread }, parentOrigin);
    }
  }
  drawMessages();
  markRead();
  if (page.hasMore) void loadNewer();
}

function applySeen(seenUntil: string | null) {
  state.seenUntil = seenUntil;
  if (!seenUntil) return;
  for (const message of state.messages) {
    if (message.from === "visitor" && !message.pending && message.createdAt <= seenUntil) message.status = "seen";
  }
}

let readTimer: ReturnType<typeof setTimeout> | undefined;
function markRead() {
  if (!state.visible || document.visibilityState !== "visible" || !state.messages.some((m) => m.from !== "visitor"))
    return;
  clearTimeout(readTimer);
  readTimer = setTimeout(() => void api("read", { method: "POST" }), 300);
}

async function restart() {
  generation++;
  state.token = null;
  keepToken(null);
  state.stream?.abort();
  state.started = false;
  await start();
}

// The live events: a fetch stream (it carries the token in a header, which EventSource cannot).
// A stream silent for over two heartbeats (20 s each) is dead: it is opened again.
const SILENT_MS = 50_000;
async function listen(mine: number) {
  let delay = 1_000;
  while (mine === generation && state.token) {
    const controller = new AbortController();
    state.stream = controller;
    let watchdog = setTimeout(() => controller.abort(), SILENT_MS);
    try {
      const response = await api("events", { signal: controller.signal });
      if (response.status === 401) return void restart();
      if (!response.ok || !response.body) throw new Error(`events: ${response.status}`);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        clearTimeout(watchdog);
        watchdog = setTimeout(() => controller.abort(), SILENT_MS);
        buffer += value;
        let end = buffer.indexOf("\n\n");
        while (end >= 0) {
          handle(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf("\n\n");
        }
        delay = 1_000;
      }
    } catch {
      // dropped, refused or silent: open it again, a little later each time
    } finally {
      clearTimeout(watchdog);
    }
    if (mine !== generation) return;
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, 30_000);
  }
}

let typingTimer: ReturnType<typeof setTimeout> | undefined;
function handle(frame: string) {
  let kind = "";
  let data: { name?: string; typing?: boolean } = {};
  for (const line of frame.split("\n")) {
    if (line.startsWith("event: ")) kind = line.slice(7);
    if (line.startsWith("data: ")) data = JSON.parse(line.slice(6));
  }
  if (kind === "ready" || kind === "message" || kind === "seen") void loadNewer();
  else if (kind === "resync") void loadLatest();
  else if (kind === "typing") {
    const typing = $("typing");
    typing.textContent = data.typing ? `${data.name} is typing…` : "";
    clearTimeout(typingTimer);
    // Typing lapses unless repeated (an agent's tab repeats it every few seconds while typing).
    if (data.typing) typingTimer = setTimeout(() => (typing.textContent = ""), 8_000);
  }
}

const newId = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, "0")).join("");

async function sendMessage() {
  const text = $<HTMLTextAreaElement>("text");
  const body = text.value.trim();
  if (!body && state.uploads.length === 0) return;
  if (needsContact()) {
    const email = $<HTMLInputElement>("email");
    if (!email.value.trim() || !email.checkValidity()) {
      showError("Leave your email first, so that we can write back.");
      email.focus();
      return;
    }
  }
  await start();
  if (!state.token) return; // refused: startSession said why
  const message: Message = {
    id: `pending-${newId()}`,
    clientId: newId(),
    body,
    from: "visitor",
    agent: null,
    attachments: state.uploads.map(({ preview: _, ...a }) => a),
    createdAt: new Date().toISOString(),
    status: null,
    pending: "sending",
  };
  text.value = "";
  state.uploads = [];
  drawUploads();
  state.messages.push(message);
  drawMessages();
  $("scroller").scrollTop = $("scroller").scrollHeight;
  await deliver(message);
}

async function deliver(message: Message) {
  message.pending = "sending";
  drawMessages();
  const name = $<HTMLInputElement>("name").value.trim();
  const email = $<HTMLInputElement>("email").value.trim();
  const contact = needsContact() && email ? { email, ...(name ? { name } : {}) } : undefined;
  const response = await api("messages", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      body: message.body,
      clientId: message.clientId,
      attachments: message.attachments.map((a) => a.id),
      context: state.context.url ? state.context : undefined,
      contact,
    }),
  }).catch(() => null);
  if (!response?.ok) {
    message.pending = "failed";
    showError(response ? await problem(response) : "Not sent: the chat cannot be reached. Try again.");
    drawMessages();
    return;
  }
  if (contact) state.visitor.email = contact.email;
  const { data } = (await response.json()) as { data: Message };
  // The element drawn while it was sending becomes the sent message's (no second entrance).
  const sending = drawn.get(message.id);
  if (sending && !drawn.has(data.id)) drawn.set(data.id, { look: "", node: sending.node });
  drawn.delete(message.id);
  state.messages = state.messages.filter((m) => m !== message && m.id !== data.id);
  const at = state.messages.findIndex((m) => m.pending);
  state.messages.splice(at < 0 ? state.messages.length : at, 0, data);
  showError(null);
  drawMessages();
}

async function attach(input: HTMLInputElement) {
  const file = input.files?.[0];
  input.value = "";
  if (!file) return;
  if (file.size > 5 * 1024 * 1024) return showError("That image is over 5 MB: send a smaller one.");
  await start();
  if (!state.token) return;
  const response = await api(`uploads?name=${encodeURIComponent(file.name)}`, { method: "POST", body: file }).catch(
    () => null,
  );
  if (!response?.ok) return showError(response ? await problem(response) : "The image could not be sent. Try again.");
  const { data } = (await response.json()) as { data: Attachment };
  state.uploads.push({ ...data, preview: URL.createObjectURL(file) });
  showError(null);
  drawUploads();
}

function drawUploads() {
  $("uploads").replaceChildren(
    ...state.uploads.map((upload) => {
      const remove = el(
        "button",
        { type: "button", className: "icon", ariaLabel: `Remove ${upload.name}` },
        svg("M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6 10.6 12 5 6.4z"),
      );
      remove.addEventListener("click", () => {
        state.uploads = state.uploads.filter((u) => u !== upload);
        drawUploads();
      });
      return el("div", { className: "upload" }, el("img", { src: upload.preview, alt: upload.name }), remove);
    }),
  );
}

// --- the website's end ------------------------------------------------------------------------

window.addEventListener("message", (event) => {
  if (event.source !== parent) return;
  const data = event.data as { type?: string; token?: string; url?: string; title?: string };
  if (data?.type === "webchat:open") {
    state.visible = true;
    state.unread = 0;
    state.context = { url: String(data.url ?? "").slice(0, 2000), title: String(data.title ?? "").slice(0, 300) };
    parent.postMessage({ type: "webchat:unread", count: 0 }, parentOrigin);
    void start().then(markRead);
    $("text").focus();
  } else if (data?.type === "webchat:kept") {
    // The website kept the token for us (our own storage is blocked): a returning visitor.
    if (!ownStorage && typeof data.token === "string" && !state.started) {
      state.token = data.token;
      void start();
    }
  } else if (data?.type === "webchat:hidden") {
    state.visible = false;
  } else if (data?.type === "webchat:identity" && typeof data.token === "string") {
    state.identity = data.token;
    if (state.started) void restart();
    else void start();
  } else if (data?.type === "webchat:logout") {
    state.identity = null;
    state.messages = [];
    drawMessages();
    void restart();
  }
});
document.addEventListener("visibilitychange", markRead);

render();
state.token = ownStorage?.getItem(storageKey) ?? null;
// A returning visitor hears replies even before opening the panel (the launcher shows how many).
if (state.token) void start();
parent.postMessage({ type: "webchat:ready" }, parentOrigin);

export {};
