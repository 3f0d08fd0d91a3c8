// CSV (RFC 4180) reading and writing for imports and exports: comma separated, fields
// with commas, quotes or line breaks quoted, quotes doubled. A UTF-8 BOM (Excel) is
// ignored. Pure. Records are numbered as a spreadsheet shows them: the header is row 1.
//
// Formula injection (OWASP "CSV injection"): a cell that starts with =, +, -, @, tab or
// CR would run as a formula when the file is opened in a spreadsheet. Export puts an
// apostrophe in front of such a cell (a spreadsheet shows the text as it is) and import
// takes it off again, so every value round-trips. The rule, exactly:
//   - a cell is "formula-like" when, after any apostrophes at its start, it begins with
//     one of those characters and is not a plain number ("-12", "+3.5", "-1e3" stay as
//     they are: a spreadsheet reads them as numbers, never as formulas);
//   - export adds one apostrophe to a formula-like cell; import removes one from a
//     formula-like cell that starts with an apostrophe. (A value that itself starts with
//     apostrophes before a formula character gets one more, so it too comes back intact.)
import { CSV_MAX_CELL, CSV_MAX_ROWS } from "./config";
import { problem, type ProblemCode, type ProblemParams } from "./problems";

/** One problem at a row (the header is row 1) and column: a stable code, its parameters and the English text. */
export type CsvIssue = { row: number; column: string | null; code: ProblemCode; params: Record<string, string>; message: string };

export const csvIssue = (row: number, column: string | null, code: ProblemCode, params: ProblemParams = {}): CsvIssue => ({ row, column, ...problem(code, params) });
export type CsvTable = { header: string[]; rows: { row: number; cells: string[] }[] };

export function parseCsv(text: string): { ok: true; table: CsvTable } | { ok: false; issues: CsvIssue[] } {
  const src = text.replace(/^\uFEFF/, "");
  const records: { row: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let wasQuoted = false;
  let row = 1;
  let i = 0;
  const endCell = () => {
    cells.push(restoreFormulaCell(wasQuoted ? cell : cell.trim()));
    cell = "";
    wasQuoted = false;
  };
  const endRecord = () => {
    endCell();
    // Blank lines (a trailing newline, spacer lines) are not records.
    if (!(cells.length === 1 && cells[0] === "")) records.push({ row, cells });
    cells = [];
    row++;
  };
  while (i < src.length) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      cell += ch;
      i++;
    } else if (ch === '"' && cell.trim() === "") {
      quoted = true;
      wasQuoted = true;
      cell = "";
      i++;
    } else if (ch === ",") {
      endCell();
      i++;
    } else if (ch === "\r" || ch === "\n") {
      endRecord();
      i += ch === "\r" && src[i + 1] === "\n" ? 2 : 1;
    } else if (wasQuoted && (ch === " " || ch === "\t")) {
      i++; // spaces between a closing quote and the comma
    } else {
      if (wasQuoted) return { ok: false, issues: [csvIssue(row, null, "csvQuoteText")] };
      cell += ch;
      i++;
    }
    if (cell.length > CSV_MAX_CELL) return { ok: false, issues: [csvIssue(row, null, "csvCellTooLong", { max: CSV_MAX_CELL })] };
    if (records.length > CSV_MAX_ROWS) return { ok: false, issues: [csvIssue(row, null, "csvTooManyRows", { max: CSV_MAX_ROWS })] };
  }
  if (quoted) return { ok: false, issues: [csvIssue(row, null, "csvUnclosedQuote")] };
  if (cell !== "" || wasQuoted || cells.length) endRecord();
  if (!records.length) return { ok: false, issues: [csvIssue(1, null, "csvEmpty")] };
  const [head, ...rest] = records;
  return { ok: true, table: { header: head.cells, rows: rest } };
}

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

function formulaLike(value: string): boolean {
  const rest = value.replace(/^'+/, "");
  return FORMULA_START.test(rest) && !PLAIN_NUMBER.test(rest);
}

/** What export writes for a value: an apostrophe before a formula-like cell. */
export function neutraliseFormulaCell(value: string): string {
  return formulaLike(value) ? `'${value}` : value;
}

/** What import reads back: the apostrophe export added, taken off again. */
export function restoreFormulaCell(cell: string): string {
  return cell.startsWith("'") && formulaLike(cell) ? cell.slice(1) : cell;
}

function quote(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV document, CRLF line ends (RFC 4180), every value already a string; formula-like cells neutralised. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((r) => r.map((v) => quote(neutraliseFormulaCell(v))).join(",")).join("\r\n") + "\r\n";
}

/**
 * Checks the header against the expected columns (any order, each exactly once).
 * Returns the column index of each expected name, or the issues found and the columns
 * that could be mapped.
 */
export function mapHeader(
  header: readonly string[],
  expected: readonly string[],
): { ok: true; index: Record<string, number> } | { ok: false; issues: CsvIssue[]; partial: Record<string, number> } {
  const issues: CsvIssue[] = [];
  const index: Record<string, number> = {};
  header.forEach((name, i) => {
    if (!expected.includes(name)) issues.push(csvIssue(1, name || `#${i + 1}`, "unknownColumn", { name, expected: expected.join(", ") }));
    else if (name in index) issues.push(csvIssue(1, name, "duplicateColumn", { name }));
    else index[name] = i;
  });
  for (const name of expected) if (!(name in index)) issues.push(csvIssue(1, name, "missingColumn", { name }));
  return issues.length ? { ok: false, issues, partial: index } : { ok: true, index };
}
