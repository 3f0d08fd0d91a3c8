// What the generic CSV import/export needs to know about one table. Items are plain
// objects of typed values keyed by CSV column (dates as YYYY-MM-DD strings); most
// tables have one item per CSV row, IHG rules group their price tiers under a rule.
import type { Column } from "../cells";
import type { CsvIssue } from "../csv";
import type { Db } from "@/lib/db/connect";
import type { ProblemCode, ProblemParams } from "../problems";
import type { Tx } from "../deps";

export type Item = Record<string, unknown>;
export type RowProblem = { column: string; code: ProblemCode; params?: ProblemParams };
export type Sourced<T> = T & { _rows: number[] };

export interface TableSpec {
  /** URL slug: /admin/tables/{name}. */
  name: string;
  /** Prisma model, for the audit trail. */
  entity: string;
  columns: Column[];
  /** Columns that identify an item (the table's unique key). */
  keyColumns: string[];
  /**
   * Versioned tables (effective-dated) take new versions only: an item whose key exists
   * with other values is refused (add a row with a later effectiveFrom instead).
   * Unversioned items (a campaign by code, a rating per airline and year) are corrected
   * in place, with before and after in the audit trail.
   */
  versioned: boolean;
  /** Turns checked CSV records into items (default: one per record) and finds problems across rows. */
  group?(records: { row: number; values: Item }[]): { items: Sourced<Item>[]; issues: CsvIssue[] };
  /** Problems within one record (e.g. an end date before the start). */
  check?(values: Item): RowProblem[];
  /** Problems needing the database (e.g. an airline code that does not exist). */
  references?(client: Db, items: Sourced<Item>[]): Promise<CsvIssue[]>;
  /** Every stored item. */
  load(client: Db): Promise<Item[]>;
  /** One item as CSV rows (several for a grouped item). */
  toRows?(item: Item): Item[];
  create(tx: Tx, item: Item): Promise<void>;
  update?(tx: Tx, before: Item, after: Item): Promise<void>;
  /** Takes out an item an import created (only a rollback of that import does this; the audit entry keeps it). */
  remove(tx: Tx, item: Item): Promise<void>;
}
