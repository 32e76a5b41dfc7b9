// CSV as spreadsheets read it, for every download (a conversation's export, reports).

/** A CSV cell: quoted where needed, and a leading = + - @ (or tab, CR) defused with an apostrophe, so that
 *  a contact's text cannot become a formula in a spreadsheet. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A CSV line of these cells, with the CRLF the format asks for. */
export const csvLine = (cells: (string | number)[]) => `${cells.map((cell) => csvCell(String(cell))).join(",")}\r\n`;
