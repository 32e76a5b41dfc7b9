// Mentions in a note's text: `@` and a person's full name. Pure: the composer and the timeline use it.

type Person = { _id: string; fullName: string };

const WORD = "[\\p{L}\\p{N}._'-]";
// `@` at the start or after a space, then up to two words of a name (first name and the start of
// the last), ending at the caret.
const TYPING = new RegExp(`(?:^|\\s)@(${WORD}{0,40}(?: ${WORD}{0,40})?)$`, "u");

/** The `@name` being typed just before the caret: where its `@` is and the words after it; or null. */
export function mentionAt(text: string, caret: number): { start: number; query: string } | null {
  const match = TYPING.exec(text.slice(0, caret));
  if (!match) return null;
  const query = match[1] ?? "";
  return { start: caret - query.length - 1, query };
}

/** Whether a person's name answers what was typed after `@`: each typed word starts one of theirs. */
export function nameMatches(fullName: string, query: string): boolean {
  const words = fullName.toLowerCase().split(/\s+/);
  return query
    .toLowerCase()
    .split(" ")
    .filter(Boolean)
    .every((typed) => words.some((word) => word.startsWith(typed)));
}

/** The text with the `@query` at `at` replaced by `@Full Name ` and where the caret goes after it. */
export function insertMention(
  text: string,
  at: { start: number; query: string },
  fullName: string,
): { text: string; caret: number } {
  const inserted = `@${fullName} `;
  const end = at.start + 1 + at.query.length;
  return { text: text.slice(0, at.start) + inserted + text.slice(end), caret: at.start + inserted.length };
}

/** The people whose `@Full Name` is in the text: a name deleted again mentions no one. */
export function mentionedIn(text: string, people: Person[]): string[] {
  return people.filter((person) => text.includes(`@${person.fullName}`)).map((person) => person._id);
}

/** A note's body cut into its text and the mentions of the people it names, for drawing them apart. */
export function mentionParts(body: string, mentions: Person[]): ({ text: string } | { mention: Person })[] {
  const names = [...mentions].sort((a, b) => b.fullName.length - a.fullName.length);
  const parts: ({ text: string } | { mention: Person })[] = [];
  let rest = body;
  for (;;) {
    let first: { index: number; person: Person } | null = null;
    for (const person of names) {
      const index = rest.indexOf(`@${person.fullName}`);
      if (index >= 0 && (first === null || index < first.index)) first = { index, person };
    }
    if (!first) break;
    if (first.index > 0) parts.push({ text: rest.slice(0, first.index) });
    parts.push({ mention: first.person });
    rest = rest.slice(first.index + first.person.fullName.length + 1);
  }
  if (rest) parts.push({ text: rest });
  return parts;
}
