import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { mapHeader, neutraliseFormulaCell, parseCsv, restoreFormulaCell, toCsv } from "./csv";

describe("parseCsv (RFC 4180)", () => {
  test.each([
    { label: "plain rows, header is row 1", text: "a,b\n1,2\n3,4\n", expected: { header: ["a", "b"], rows: [{ row: 2, cells: ["1", "2"] }, { row: 3, cells: ["3", "4"] }] } },
    { label: "CRLF line ends and a UTF-8 BOM (Excel)", text: "\uFEFFa,b\r\n1,2\r\n", expected: { header: ["a", "b"], rows: [{ row: 2, cells: ["1", "2"] }] } },
    { label: "quoted comma, doubled quote, line break inside quotes", text: 'a,b\n"x, y","say ""hi""\nthere"\n', expected: { header: ["a", "b"], rows: [{ row: 2, cells: ["x, y", 'say "hi"\nthere'] }] } },
    { label: "blank lines are skipped but still counted as rows", text: "a\n\n1\n", expected: { header: ["a"], rows: [{ row: 3, cells: ["1"] }] } },
    { label: "unquoted cells are trimmed, empty cells kept", text: "a,b,c\n 1 ,,3\n", expected: { header: ["a", "b", "c"], rows: [{ row: 2, cells: ["1", "", "3"] }] } },
  ])("$label", ({ text, expected }) => {
    expect(parseCsv(text)).toEqual({ ok: true, table: expected });
  });

  test.each([
    { label: "an unclosed quote", text: 'a\n"x\n', message: /not closed/ },
    { label: "text after a closing quote", text: 'a\n"x"y\n', message: /doubled/ },
    { label: "an empty file", text: "", message: /empty/ },
  ])("refuses $label", ({ text, message }) => {
    const r = parseCsv(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues[0].message).toMatch(message);
  });

  test("property: toCsv then parseCsv gives the cells back", () => {
    const cell = fc.string({ maxLength: 12 }).map((s) => s.replace(/\r/g, "").replace(/^\s+|\s+$/g, "").replace(/^\uFEFF/, ""));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const nonBlank = rows.filter((r) => r.some((c) => c !== ""));
        const parsed = parseCsv(toCsv(["h1", "h2"], nonBlank));
        expect(parsed.ok && parsed.table.rows.map((r) => r.cells)).toEqual(nonBlank);
      }),
    );
  });
});

describe("formula cells (CSV injection): neutralised on export, restored on import", () => {
  test.each([
    { label: "a HYPERLINK formula (probe)", value: '=HYPERLINK("https://evil.example","x")', written: `"'=HYPERLINK(""https://evil.example"",""x"")"` },
    { label: "a DDE command (probe)", value: "=cmd|' /C calc'!A0", written: "'=cmd|' /C calc'!A0" },
    { label: "plus", value: "+1+2", written: "'+1+2" },
    { label: "minus followed by a formula", value: "-2+3", written: "'-2+3" },
    { label: "at sign", value: "@SUM(A1:A2)", written: "'@SUM(A1:A2)" },
    { label: "tab", value: "\t=1", written: "'\t=1" },
    { label: "carriage return", value: "\r=1", written: `"'\r=1"` },
    { label: "an apostrophe already in front of a formula", value: "'=1", written: "''=1" },
    { label: "a negative number stays a number", value: "-12500", written: "-12500" },
    { label: "a signed decimal stays a number", value: "+3.5", written: "+3.5" },
    { label: "an exponent stays a number", value: "-1e3", written: "-1e3" },
    { label: "ordinary text", value: "NRT-HEL", written: "NRT-HEL" },
    { label: "an apostrophe in ordinary text", value: "'quoted'", written: "'quoted'" },
  ])("$label: written as $written and read back as it was", ({ value, written }) => {
    const csv = toCsv(["v"], [[value]]);
    expect(csv).toBe(`v\r\n${written}\r\n`);
    const parsed = parseCsv(csv);
    expect(parsed.ok && parsed.table.rows[0].cells[0]).toBe(value);
  });

  test("no exported cell starts with a formula character unless it is a plain number", () => {
    const csv = toCsv(["a", "b", "c"], [["=1+1", "-5", "@x"]]);
    const raw = csv.split("\r\n")[1].split(",");
    expect(raw).toEqual(["'=1+1", "-5", "'@x"]);
  });

  test("property: restore(neutralise(x)) = x for every string", () => {
    fc.assert(fc.property(fc.string({ maxLength: 8, unit: fc.constantFrom("'", "=", "+", "-", "@", "\t", "\r", "1", ".", "e", "a") }), (x) => {
      expect(restoreFormulaCell(neutraliseFormulaCell(x))).toBe(x);
    }));
  });

  test("property: a neutralised cell never starts with a formula character, unless it is a plain number", () => {
    fc.assert(fc.property(fc.string({ maxLength: 8 }), (x) => {
      const out = neutraliseFormulaCell(x);
      if (/^[=+\-@\t\r]/.test(out)) expect(out).toMatch(/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/);
    }));
  });
});

describe("mapHeader", () => {
  test("any order is fine", () => {
    expect(mapHeader(["b", "a"], ["a", "b"])).toEqual({ ok: true, index: { a: 1, b: 0 } });
  });
  test("unknown, missing and repeated columns are all listed", () => {
    const r = mapHeader(["a", "a", "x"], ["a", "b"]);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues.map((i) => i.message)).toEqual(['Column "a" appears twice.', 'Unknown column "x". Expected columns: a, b.', 'Missing column "b".']);
  });
});
