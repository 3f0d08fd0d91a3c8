// Used only by prisma.config.ts for `prisma migrate` against PostgreSQL.
// Workaround for https://github.com/prisma/prisma/issues/27403 : the WebAssembly schema
// engine cannot read PostgreSQL's `name` type (OID 19) in catalogue queries, so result
// fields of that type are reported as text (OID 25), which is how their values arrive anyway.
import pg from "pg";

const NAME_OID = 19;
const TEXT_OID = 25;

function relabel<T>(result: T): T {
  const fields = (result as { fields?: { dataTypeID: number }[] } | undefined)?.fields;
  if (Array.isArray(fields)) for (const f of fields) if (f.dataTypeID === NAME_OID) f.dataTypeID = TEXT_OID;
  return result;
}

export class MigrationPool extends pg.Pool {
  // pg's query has many overloads; the adapter uses the promise form.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(...args: any[]): any {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const out = (super.query as any)(...args);
    if (out && typeof out.then === "function") return out.then(relabel);
    return out;
  }
}
