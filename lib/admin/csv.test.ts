import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { mapHeader, parseCsv, toCsv } from "./csv";

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
