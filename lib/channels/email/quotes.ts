// Where an email's own words end: what follows is the history it quotes and the sender's signature,
// which the timeline folds (the whole mail is kept; an agent unfolds it). Read from the plain text
// clients write: an attribution line ("On Mon, … Ana wrote:", also French, German, Spanish and
// Dutch), Outlook's "-----Original Message-----" or its From/Sent/Subject block under a rule, a
// trailing run of "> " lines, and the "-- " signature separator (RFC 3676).

const ATTRIBUTION =
  /^(on\s.{1,300}\swrote|le\s.{1,300}\sa écrit|am\s.{1,300}\sschrieb|el\s.{1,300}\sescribió|op\s.{1,300}\sschreef)\s?.{0,80}:\s*$/i;
const SEPARATOR =
  /^\s*(-{2,}\s*(original message|forwarded message|ursprüngliche nachricht|message d'origine)\s*-{2,}|_{20,})\s*$/i;
const HEADER = /^\s*\*?(from|von|de|van)\s*:\*?\s/i;
const HEADER_NEXT =
  /^\s*\*?(sent|date|gesendet|envoyé|enviado|verzonden|to|an|à|para|aan|subject|betreff|objet|asunto|onderwerp)\s*:/i;

/** The mail's own part and the folded rest ("" when there is nothing to fold). */
export function foldQuoted(text: string): { own: string; folded: string } {
  const lines = text.split("\n");
  const cut = foldAt(lines);
  if (cut <= 0) return { own: text, folded: "" };
  const own = lines.slice(0, cut).join("\n").trimEnd();
  // Nothing of its own before the quote (a bare forward): show it all.
  if (own.trim() === "") return { own: text, folded: "" };
  return { own, folded: lines.slice(cut).join("\n").trim() };
}

function foldAt(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const joined = `${line} ${lines[i + 1] ?? ""}`.trim();
    if (
      ATTRIBUTION.test(line.trim()) ||
      (line.trim() !== "" && !line.startsWith(">") && ATTRIBUTION.test(joined) && lines[i + 2]?.startsWith(">"))
    ) {
      return i;
    }
    if (SEPARATOR.test(line)) return i;
    if (HEADER.test(line) && lines.slice(i + 1, i + 4).some((next) => HEADER_NEXT.test(next)) && i > 0) return i;
    // "-- " alone on a line: the signature, when a signature's few lines follow it.
    if ((line === "-- " || line === "--") && lines.length - i <= 12) return i;
    if (line.startsWith(">") && lines.slice(i).every((rest) => rest.startsWith(">") || rest.trim() === "")) return i;
  }
  return -1;
}
