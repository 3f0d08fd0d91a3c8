// Deny by default, checked on the source: every exported function of the admin data
// layer's gate modules starts with requireAdmin; pages and route handlers import only
// those gates (never the internal queries); every admin route handler goes through
// adminRoute; there are no server actions that could skip all of it.
import { describe, expect, test } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const read = (p: string) => readFileSync(path.join(root, p), "utf8");
function files(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(path.join(root, p)).isDirectory() ? files(p) : /\.tsx?$/.test(f) && !/\.test\.ts$/.test(f) ? [p] : [];
  });
}

const GATES = ["lib/admin/me.ts", "lib/admin/audit-read.ts", "lib/admin/charts/read.ts", "lib/admin/charts/write.ts", "lib/admin/tables/service.ts", "lib/admin/data-health.ts"];
/** What app/** may import from lib/admin: the gates, and helpers that read no admin data themselves. */
const ALLOWED_FROM_APP = ["me", "audit-read", "charts/read", "charts/write", "charts/plan", "tables/service", "data-health", "http", "page-auth", "session", "schemas", "deps", "authorize", "issues"];

describe("admin data layer boundary", () => {
  test.each(GATES)("%s: every exported function checks the session before anything else", (file) => {
    const src = read(file);
    // The signature runs to the first "{" at a line end (a return type may hold "{ ... }").
    const fns = [...src.matchAll(/export async function (\w+)\(/g)].map((m) => {
      const rest = src.slice(m.index! + m[0].length);
      const bodyAt = rest.indexOf("{\n");
      return [m[0], m[1], rest.slice(0, bodyAt).trim(), rest.slice(bodyAt + 2).split("\n")[0]] as const;
    });
    expect(fns.length).toBeGreaterThan(0);
    for (const [, name, params, firstLine] of fns) {
      expect(params, `${name} takes the request's auth first`).toMatch(/^auth: AdminAuth/);
      expect(firstLine, `${name} starts with requireAdmin`).toMatch(/^\s+(const who = )?await requireAdmin\(auth, deps\);$/);
    }
    // No other kind of export that could touch the database (arrow functions, re-exports of internals).
    expect(src).not.toMatch(/export const \w+ = (async )?\(/);
  });

  test("pages, layouts, components and route handlers import only the gates from lib/admin", () => {
    const offenders: string[] = [];
    for (const file of [...files("app/admin"), ...files("app/api/admin")]) {
      for (const [, mod] of read(file).matchAll(/from "@\/lib\/admin\/([^"]+)"/g)) if (!ALLOWED_FROM_APP.includes(mod)) offenders.push(`${file}: ${mod}`);
    }
    expect(offenders).toEqual([]);
  });

  test("every admin route handler is wrapped in adminRoute", () => {
    const routes = files("app/api/admin").filter((f) => f.endsWith("route.ts"));
    expect(routes.length).toBeGreaterThanOrEqual(15);
    for (const file of routes) {
      const exports = [...read(file).matchAll(/export const (GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) = (\w+)/g)];
      expect(exports.length, file).toBeGreaterThan(0);
      for (const [, method, wrapper] of exports) expect(wrapper, `${file} ${method}`).toBe("adminRoute");
    }
  });

  test("no server actions in the admin area or its data layer", () => {
    const withActions = [...files("app/admin"), ...files("lib/admin")].filter((f) => /^\s*["']use server["']/m.test(read(f)));
    expect(withActions).toEqual([]);
  });

  // create-admin.ts and unlock.ts are the command-line scripts' (admin:create, admin:unlock), run outside Next.
  test("every module of the data layer that touches the database is server-only", () => {
    const dbModules = files("lib/admin").filter((f) => /\b(db|client|tx)\.\w+\.(find|create|update|count|delete)/.test(read(f)) && !/(create-admin|unlock)\.ts$/.test(f));
    expect(dbModules.length).toBeGreaterThan(5);
    for (const f of dbModules) expect(read(f), f).toMatch(/^import "server-only";$/m);
  });
});
