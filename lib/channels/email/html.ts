import "server-only";
import sanitizeHtml from "sanitize-html";

// A received email's HTML made safe to show, with sanitize-html, once when the mail is read. What
// is kept is formatting: no script, no event handler, no form, no frame, no <style> sheet (CSS can
// fetch and probe), no `javascript:` or other odd link. Inline styles keep only layout and colour
// properties, and no value that could load anything (`url(`, `expression(`, `@import`). Images
// keep their address but are shown only in a frame whose Content-Security-Policy blocks any other
// server's until the agent asks (lib/channels/email/frame.ts): a tracking pixel learns nothing.

const MAX_HTML = 1_000_000;

const STYLE_VALUE = /^(?!.*(?:url\s*\(|expression\s*\(|@import|\\|javascript:|image-set|image\s*\()).{0,200}$/i;
const styled = [
  "color",
  "background-color",
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "text-align",
  "text-decoration",
  "line-height",
  "margin",
  "margin-top",
  "margin-bottom",
  "margin-left",
  "margin-right",
  "padding",
  "padding-top",
  "padding-bottom",
  "padding-left",
  "padding-right",
  "border",
  "border-top",
  "border-bottom",
  "border-left",
  "border-right",
  "border-collapse",
  "border-radius",
  "width",
  "max-width",
  "height",
  "vertical-align",
  "white-space",
];

/** Whether an image's address is another server's (http(s) or protocol-relative). */
const remote = (src: string) => /^(https?:)?\/\//i.test(src.trim());

/**
 * The mail's HTML, safe to show in our frame; `inline` maps its embedded images' Content-IDs to
 * where we stored them. `remoteImages`: it names images on other servers (held back when shown).
 */
export function sanitizeEmailHtml(html: string, inline: ReadonlyMap<string, string>) {
  let remoteImages = false;
  const safe = sanitizeHtml(html.slice(0, MAX_HTML), {
    allowedTags: [
      ...sanitizeHtml.defaults.allowedTags.filter((tag) => tag !== "style"),
      "img",
      "font",
      "center",
      "span",
      "u",
      "s",
    ],
    disallowedTagsMode: "discard",
    nonTextTags: ["style", "script", "textarea", "option", "noscript", "title", "head"],
    allowedAttributes: {
      "*": ["style", "align", "valign", "width", "height", "dir", "lang", "title"],
      a: ["href", "name", "target", "rel"],
      img: ["src", "alt", "width", "height", "loading"],
      font: ["color", "face", "size"],
      td: ["colspan", "rowspan", "bgcolor"],
      th: ["colspan", "rowspan", "bgcolor"],
      table: ["border", "cellpadding", "cellspacing", "bgcolor"],
    },
    allowedStyles: { "*": Object.fromEntries(styled.map((property) => [property, [STYLE_VALUE]])) },
    allowedSchemes: ["http", "https", "mailto", "tel"],
    allowedSchemesByTag: { img: ["http", "https", "cid", "data"] },
    allowedSchemesAppliedToAttributes: ["href", "src"],
    allowProtocolRelative: true,
    transformTags: {
      // Links leave the frame for a tab of their own, telling the other site nothing of where from.
      a: (tagName, attribs) => ({
        tagName,
        attribs: { ...attribs, target: "_blank", rel: "noopener noreferrer nofollow" },
      }),
      img: (tagName, attribs) => {
        const src = attribs.src ?? "";
        const cid = /^cid:/i.test(src) ? inline.get(src.slice(4).replace(/^<|>$/g, "").toLowerCase()) : undefined;
        if (cid) return { tagName, attribs: { ...attribs, src: cid } };
        if (/^cid:/i.test(src)) return { tagName, attribs: { ...attribs, src: "" } };
        // A data: image is only an image (the frame's policy runs nothing), but not an SVG one.
        if (/^data:/i.test(src) && !/^data:image\/(png|jpe?g|gif|webp);/i.test(src)) {
          return { tagName, attribs: { ...attribs, src: "" } };
        }
        if (remote(src)) remoteImages = true;
        return { tagName, attribs: { ...attribs, src, loading: "lazy" } };
      },
    },
  });
  return { html: safe, remoteImages };
}
