// Columns and checks shared by several tables.
import { confidence, day, int, text, type Column } from "../../cells";
import { csvIssue, type CsvIssue } from "../../csv";
import type { ProblemCode } from "../../problems";
import { fromDay, toDay } from "../../dates";
import type { Sourced, Item } from "../spec";

export const sourceColumn: Column = { name: "source", parse: text({ max: 500, required: true }) };
export const confidenceColumn: Column = { name: "confidence", parse: confidence };
export const effectiveFromColumn: Column = { name: "effectiveFrom", parse: day() };
export const airportCode = (name: string): Column => ({ name, parse: text({ max: 3, required: true, pattern: /^[A-Z]{3}$/, patternCode: "patternAirport" }) });
export const programColumn: Column = { name: "program", parse: text({ max: 3, required: true, pattern: /^[A-Z]{2,3}$/, patternCode: "patternProgram" }) };
export const positiveInt = (name: string, max: number): Column => ({ name, parse: int({ min: 1, max }) });

export const storedDay = (d: Date) => toDay(d);
export const dbDay = (s: unknown) => fromDay(String(s));

/** An issue per item whose `column` value is not in `known`. */
export function unknownCodes(items: Sourced<Item>[], column: string, known: Set<string>, code: ProblemCode): CsvIssue[] {
  return items.filter((i) => !known.has(String(i[column]))).map((i) => csvIssue(i._rows[0], column, code, { value: String(i[column]) }));
}
