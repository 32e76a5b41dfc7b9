import { describe, expect, it } from "vitest";
import { foldQuoted } from "./quotes";

describe("foldQuoted", () => {
  it("folds Gmail's attribution and the quote under it, even wrapped over two lines", () => {
    const text =
      "Thanks, that works.\n\nOn Mon, 4 Dec 2026 at 10:02, Support <support@shop.test>\nwrote:\n> It ships today.\n> Best";
    expect(foldQuoted(text)).toEqual({
      own: "Thanks, that works.",
      folded: "On Mon, 4 Dec 2026 at 10:02, Support <support@shop.test>\nwrote:\n> It ships today.\n> Best",
    });
    expect(foldQuoted("Merci\n\nLe lun. 4 déc. 2026 à 10:02, Support a écrit :\n> Bonjour").own).toBe("Merci");
  });

  it("folds Outlook's original-message rule and its header block", () => {
    expect(foldQuoted("Yes please\n\n-----Original Message-----\nFrom: Support\nSent: Monday\n\nHello").own).toBe(
      "Yes please",
    );
    const outlook =
      "Agreed.\n\n________________________________\nFrom: Support <s@shop.test>\nSent: 4 December 2026\nSubject: Quote";
    expect(foldQuoted(outlook).own).toBe("Agreed.");
    expect(foldQuoted("See below\nFrom: Ana\nSent: today\nTo: Bob\n\nold text").own).toBe("See below");
  });

  it("folds a trailing run of quoted lines and a signature, not a quote answered in between", () => {
    expect(foldQuoted("Great\n> old line\n>\n> older").own).toBe("Great");
    const inline = "> Can you ship today?\nYes.\n> And the invoice?\nAttached.";
    expect(foldQuoted(inline)).toEqual({ own: inline, folded: "" });
    expect(foldQuoted("Regards\n-- \nAna Díaz\nACME Corp\n+1 555 0100")).toEqual({
      own: "Regards",
      folded: "-- \nAna Díaz\nACME Corp\n+1 555 0100",
    });
  });

  it("leaves a mail that is all quote, or has none, as it is", () => {
    expect(foldQuoted("> only a quote\n> here")).toEqual({ own: "> only a quote\n> here", folded: "" });
    expect(foldQuoted("Just text\nOn second thought, no.")).toEqual({
      own: "Just text\nOn second thought, no.",
      folded: "",
    });
    expect(foldQuoted("")).toEqual({ own: "", folded: "" });
  });
});
