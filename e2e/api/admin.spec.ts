// The admin area through HTTP: without a session every admin page is a 404 and every
// admin route handler a 401 (also with the x-middleware-subrequest headers of the
// proxy-bypass CVE), the walk covering every page and route file that exists;
// cross-site state changes are refused; a burst of wrong passwords is stopped with 429
// whatever X-Forwarded-For says; an unknown account and a wrong password get identical
// answers; sign-in issues a new HttpOnly SameSite=Lax cookie and sign-out ends it.
// Tagged @pg: npm test runs these against a PostgreSQL-backed server too.
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const SLOW = { timeout: 120_000 };
const admin = (role: "API" | "BURST") => {
  if (process.env.TABIJI_E2E_ADMIN_SETUP_ERROR) throw new Error(process.env.TABIJI_E2E_ADMIN_SETUP_ERROR);
  const email = process.env[`TABIJI_E2E_ADMIN_${role}_EMAIL`];
  const password = process.env[`TABIJI_E2E_ADMIN_${role}_PASSWORD`];
  if (!email || !password) throw new Error("e2e/global-setup.ts did not create the admin accounts");
  return { email, password };
};

// ---------------------------------------------------------------- the walk, from the files

const SAMPLE: Record<string, string> = { key: "jal.partner", id: "1", table: "campaigns" };
const BODY: Record<string, unknown> = {
  preview: { effectiveFrom: "2030-01-01", source: "x", confidence: "H", csv: "zone,region,minMiles,maxMiles,cabin,season,price\n,,1,100,economy,any,1000" },
  publish: { effectiveFrom: "2030-01-01", source: "x", confidence: "H", csv: "zone,region,minMiles,maxMiles,cabin,season,price\n,,1,100,economy,any,1000" },
  rollback: { versionId: 1 },
  import: { csv: "code\nx" },
};

function files(dir: string, name: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p, name) : f === name ? [p] : [];
  });
}
const urlOf = (file: string, root: string) =>
  "/" + path.relative(root, path.dirname(file)).split(path.sep).filter((s) => !/^\(.*\)$/.test(s)).map((s) => s.replace(/^\[(\w+)\]$/, (_m, p: string) => SAMPLE[p])).join("/");

const routes = files("app/api/admin", "route.ts").flatMap((file) => {
  const url = urlOf(file, "app").replace(/\/$/, "");
  const methods = [...readFileSync(file, "utf8").matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]);
  return methods.map((method) => ({ method, url, file }));
});
const pages = files("app/admin", "page.tsx").map((file) => ({ url: urlOf(file, "app").replace(/\/$/, "") || "/admin", file }));
const publicPages = ["/admin/sign-in"];
const publicRoutes = ["POST /api/admin/sign-in"];

const BYPASS: Record<string, string>[] = [
  {},
  { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
  { "x-middleware-subrequest": "proxy" },
  { "x-middleware-subrequest": "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware" },
  { cookie: "tabiji_admin=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" },
];

test.describe("without a session nothing in the admin area answers @pg", () => {
  test("the walk covers every admin page and route handler, and there are no server actions to walk", () => {
    expect(routes.length).toBeGreaterThanOrEqual(15);
    expect(pages.length).toBeGreaterThanOrEqual(7);
    const serverActions = [...files("app/admin", "page.tsx"), ...files("app/admin", "layout.tsx")]
      .concat(readdirSync("app/admin/_components").map((f) => path.join("app/admin/_components", f)))
      .filter((f) => /^\s*["']use server["']/m.test(readFileSync(f, "utf8")));
    expect(serverActions).toEqual([]);
  });

  for (const headers of BYPASS) {
    const label = Object.keys(headers).length ? JSON.stringify(headers) : "no headers";
    test(`pages -> 404, routes -> 401 (${label})`, async ({ request }) => {
      test.setTimeout(300_000);
      for (const p of pages) {
        if (publicPages.includes(p.url)) continue;
        const res = await request.get(p.url, { headers, maxRedirects: 0, ...SLOW });
        expect(res.status(), `${p.url} (${p.file})`).toBe(404);
        expect(await res.text()).not.toContain("admin.module");
      }
      for (const r of routes) {
        if (publicRoutes.includes(`${r.method} ${r.url}`)) continue;
        const last = r.url.split("/").pop()!;
        const res = await request.fetch(r.url, { method: r.method, headers: { ...headers, "content-type": "application/json" }, data: r.method === "GET" ? undefined : BODY[last] ?? {}, maxRedirects: 0, ...SLOW });
        expect(res.status(), `${r.method} ${r.url} (${r.file})`).toBe(401);
        expect(await res.json()).toEqual({ error: "unauthorized" });
        expect(res.headers()["cache-control"]).toBe("no-store");
      }
    });
  }

  test("the sign-in page is the one open page, and it is not indexed", async ({ request }) => {
    const res = await request.get("/admin/sign-in", SLOW);
    expect(res.status()).toBe(200);
    expect(await res.text()).toMatch(/<meta name="robots" content="noindex, nofollow"/);
  });
});

// ---------------------------------------------------------------- signed in

async function signIn(request: APIRequestContext, who: { email: string; password: string }, headers: Record<string, string> = {}): Promise<APIResponse> {
  return request.post("/api/admin/sign-in", { data: who, headers, ...SLOW });
}
const cookieOf = (res: APIResponse) => /tabiji_admin=([^;]*)/.exec(res.headers()["set-cookie"] ?? "")?.[1] ?? null;

test.describe("admin sessions @pg", () => {
  test("sign-in sets a new HttpOnly, SameSite=Lax session cookie each time; sign-out really ends the session", async ({ playwright, baseURL }) => {
    const who = admin("API");
    const a = await playwright.request.newContext({ baseURL });
    const first = await signIn(a, who);
    expect(first.status()).toBe(200);
    const setCookie = first.headers()["set-cookie"];
    expect(setCookie).toMatch(/^tabiji_admin=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax/);
    if (/^https:/.test(baseURL!)) expect(setCookie).toMatch(/; Secure/);
    expect((await a.get("/api/admin/me", SLOW)).status()).toBe(200);

    const second = await signIn(a, who); // the browser brings its old cookie along
    const [c1, c2] = [cookieOf(first), cookieOf(second)];
    expect(c2).not.toBe(c1);
    const b = await playwright.request.newContext({ baseURL });
    expect((await b.get("/api/admin/me", { headers: { cookie: `tabiji_admin=${c1}` }, ...SLOW })).status()).toBe(401);
    expect((await b.get("/api/admin/me", { headers: { cookie: `tabiji_admin=${c2}` }, ...SLOW })).status()).toBe(200);

    const out = await a.post("/api/admin/sign-out", { data: {}, ...SLOW });
    expect(out.status()).toBe(200);
    expect(out.headers()["set-cookie"]).toMatch(/tabiji_admin=; Path=\/; HttpOnly; SameSite=Lax; Max-Age=0/);
    // A copy of the cookie kept elsewhere stops working too.
    expect((await b.get("/api/admin/me", { headers: { cookie: `tabiji_admin=${c2}` }, ...SLOW })).status()).toBe(401);
    await a.dispose();
    await b.dispose();
  });

  test("cross-site state changes are refused (403), same-site ones pass", async ({ playwright, baseURL }) => {
    const who = admin("API");
    const ctx = await playwright.request.newContext({ baseURL });
    expect((await signIn(ctx, who)).status()).toBe(200);
    const url = "/api/admin/charts/jal.partner/preview";
    const evil = await ctx.post(url, { data: BODY.preview, headers: { origin: "https://evil.example" }, ...SLOW });
    expect(evil.status()).toBe(403);
    expect((await evil.json()).error).toBe("forbidden");
    // A classic cross-site HTML form post (urlencoded, with the victim's cookie).
    const form = await ctx.post(url, { form: { csv: "x" }, headers: { origin: "http://attacker.test" }, ...SLOW });
    expect(form.status()).toBe(403);
    // No Origin but the browser says cross-site.
    const fetchSite = await ctx.post("/api/admin/charts/jal.partner/rollback", { data: { versionId: 1 }, headers: { "sec-fetch-site": "cross-site" }, ...SLOW });
    expect(fetchSite.status()).toBe(403);
    // Even sign-in (login CSRF).
    const login = await ctx.post("/api/admin/sign-in", { data: who, headers: { origin: "https://evil.example" }, ...SLOW });
    expect(login.status()).toBe(403);
    // A same-origin form post is not JSON: refused before anything is read.
    const sameForm = await ctx.post(url, { form: { csv: "x" }, headers: { origin: new URL(baseURL!).origin }, ...SLOW });
    expect(sameForm.status()).toBe(415);
    // The same request from this site goes through.
    const ok = await ctx.post(url, { data: BODY.preview, headers: { origin: new URL(baseURL!).origin, "sec-fetch-site": "same-origin" }, ...SLOW });
    expect([200, 400]).toContain(ok.status());
    await ctx.dispose();
  });
});

test.describe("admin problems @pg", () => {
  test("a malformed CSV: 400 with every problem as row, column, a stable code and its parameters; rolling back what is not an import: 404 with a code", async ({ playwright, baseURL }) => {
    const ctx = await playwright.request.newContext({ baseURL });
    expect((await signIn(ctx, admin("API"))).status()).toBe(200);
    const csv = "name,effectiveFrom,monthlyUsdCents,yearlyUsdCents,aviosPerMonth,aviosPerYear,src,confidence\nX,2031/01/01,-5,1,1,1,x,M\n";
    const res = await ctx.post("/api/admin/tables/avios-plans/import", { data: { csv }, ...SLOW });
    expect(res.status()).toBe(400);
    const issues = (await res.json()).issues as { code: string; params: Record<string, string>; row: number; column: string | null; message: string }[];
    expect(issues.map((i) => [i.row, i.column, i.code])).toEqual(
      expect.arrayContaining([[1, "src", "unknownColumn"], [1, "source", "missingColumn"], [2, "effectiveFrom", "notDate"], [2, "monthlyUsdCents", "notPositive"]]),
    );
    expect(issues.find((i) => i.code === "notDate")).toMatchObject({ params: { value: "2031/01/01" }, message: 'Row 2, column effectiveFrom: "2031/01/01" is not a date in the form YYYY-MM-DD.' });
    // Rolling back something that is not an import of this table: 404 with a code, nothing else.
    const rb = await ctx.post("/api/admin/tables/avios-plans/rollback", { data: { auditId: 2_000_000_000 }, ...SLOW });
    expect(rb.status()).toBe(404);
    expect((await rb.json()).issues).toEqual([expect.objectContaining({ path: "auditId", code: "importNotFound" })]);
    await ctx.dispose();
  });
});

test.describe("sign-in cannot be guessed @pg", () => {
  test("a burst of wrong passwords is stopped with 429 + Retry-After, with a new X-Forwarded-For each time or none", async ({ playwright, baseURL }) => {
    test.setTimeout(180_000);
    const who = admin("BURST");
    const ctx = await playwright.request.newContext({ baseURL });
    const statuses: number[] = [];
    let limited: APIResponse | null = null;
    for (let i = 0; i < 10 && !limited; i++) {
      const res = await signIn(ctx, { email: who.email, password: `wrong-password-${i}` }, { "x-forwarded-for": `203.0.113.${i + 1}` });
      statuses.push(res.status());
      if (res.status() === 429) limited = res;
    }
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(limited, `statuses: ${statuses}`).not.toBeNull();
    expect(Number(limited!.headers()["retry-after"])).toBeGreaterThan(0);
    expect((await limited!.json()).error).toBe("rate_limited");
    // The right password from yet another address, and a request with no forged header at all: still refused.
    expect((await signIn(ctx, who, { "x-forwarded-for": "198.51.100.77" })).status()).toBe(429);
    expect((await signIn(ctx, { email: who.email, password: "wrong-again-1234" })).status()).toBe(429);
    await ctx.dispose();
  });

  test("an unknown account and a wrong password get identical responses", async ({ playwright, baseURL }) => {
    const who = admin("API");
    const ctx = await playwright.request.newContext({ baseURL });
    expect((await signIn(ctx, who)).status()).toBe(200); // clears this account's failures from earlier runs
    const fresh = await playwright.request.newContext({ baseURL });
    const unknown = await signIn(fresh, { email: `nobody-${Date.now()}@tabiji.test`, password: "some-password-123" });
    const wrong = await signIn(fresh, { email: who.email, password: "some-password-123" });
    const view = async (r: APIResponse) => {
      const headers = Object.fromEntries(Object.entries(r.headers()).filter(([k]) => !["date", "keep-alive", "connection"].includes(k)));
      return { status: r.status(), headers, body: await r.text() };
    };
    const [u, w] = [await view(unknown), await view(wrong)];
    expect(u.status).toBe(401);
    expect(w).toEqual(u);
    expect(u.headers["set-cookie"]).toBeUndefined();
    await ctx.dispose();
    await fresh.dispose();
  });
});
