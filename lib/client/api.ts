// Browser-side call to our own JSON API, returning either the data or the API's issue
// list, so forms can show each problem next to its field.
export type ApiIssue = { path: string; message: string };
export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; issues: ApiIssue[] };

export async function postJson<T>(url: string, body: unknown, signal?: AbortSignal): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body), signal });
  } catch (err) {
    if ((err as Error).name === "AbortError") throw err;
    return { ok: false, status: 0, issues: [{ path: "", message: "network" }] };
  }
  const payload = await res.json().catch(() => null);
  if (res.ok) return { ok: true, data: payload as T };
  const issues = Array.isArray(payload?.issues) ? (payload.issues as ApiIssue[]) : [{ path: "", message: payload?.message ?? `HTTP ${res.status}` }];
  return { ok: false, status: res.status, issues };
}

/** Issues keyed by their path ("segments.0.from"), for inline messages. */
export function issuesByPath(issues: ApiIssue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of issues) if (!(i.path in out)) out[i.path] = i.message;
  return out;
}
