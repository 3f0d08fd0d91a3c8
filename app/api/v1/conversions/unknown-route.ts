// A route code the schema accepts but the database does not hold (e.g. an admin removed it)
// is still the caller's bad input: a 400 at `route`, never a 500.
import type { ApiIssue } from "@/lib/api/errors";
import type { ConversionData } from "@/lib/calculators/conversions";

export function unknownRouteIssue(data: ConversionData, route: string): ApiIssue | null {
  if (data.routes.some((r) => r.code === route)) return null;
  return { path: "route", message: `Unknown route: ${route}.` };
}
