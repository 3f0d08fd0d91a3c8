// A result table's header row: column headers (scope="col"), numeric columns right-aligned
// like their cells (td.num). Shared by the calculators' result tables.
import type { ReactNode } from "react";

export type Column = { label: ReactNode; num?: boolean; key?: string };

export function TableHead({ columns }: { columns: readonly Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c, i) => (
          <th key={c.key ?? i} scope="col" className={c.num ? "num" : undefined}>
            {c.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
