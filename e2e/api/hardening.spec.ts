// The security probe's findings that the production server answers at the HTTP level
// (issue 16): no 500 from trivial requests, CSP on prefetches, client-set internal
// headers ignored, COOP on pages, exact content types, JSON 404 under /api, and an
// SVG that parses whatever the title. Exotic methods and raw paths go through
// node:http so that nothing normalises them on the way. The per-client budget and
// the cap on work at once are in test/reliability/flood.test.ts (this server runs
// with the limit lifted).
import { expect, test } from "@playwright/test";
import { request as httpRequest } from "node:http";

type Raw = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

function raw(baseURL: string, method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Raw> {
  const base = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const sized = body === undefined ? headers : { ...headers, "content-length": String(Buffer.byteLength(body)) };
    const req = httpRequest({ host: base.hostname, port: base.port, method, path, headers: sized }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

const expectBaseline = (h: Raw["headers"]) => {
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["strict-transport-security"]).toBeTruthy();
  expect(h["referrer-policy"]).toBeTruthy();
  expect(String(h["content-security-policy"])).toContain("frame-ancestors 'none'");
};

test.describe("no 500 from trivial requests; the baseline headers on every answer", () => {
  for (const [method, path] of [
    ["TRACE", "/"],
    ["TRACE", "/api/v1/airports"],
    ["TRACK", "/awards"],
    ["DELETE", "/embed.js"],
    ["POST", "/safety"],
  ] as const) {
    test(`${method} ${path} → 405 with Allow`, async ({ baseURL }) => {
      const res = await raw(baseURL!, method, path);
      expect(res.status).toBe(405);
      expect(res.headers["allow"]).toBeTruthy();
      expectBaseline(res.headers);
      expect(res.body).not.toMatch(/\bat \w+ \(|Error:/);
    });
  }

  for (const path of ["/api/v1/safety/airlines/%zz", "/safety/%", "/api/admin/charts/%", "/api/admin/tables/%/csv"]) {
    test(`GET ${path} → 400`, async ({ baseURL }) => {
      const res = await raw(baseURL!, "GET", path);
      expect(res.status).toBe(400);
      expectBaseline(res.headers);
      if (path.startsWith("/api/")) expect(JSON.parse(res.body)).toMatchObject({ error: "bad_path" });
    });
  }

  for (const path of ["/api/v1/nope", "/api/nope/deeper", "/api/v1/awards"]) {
    test(`unknown API path ${path} → JSON 404, any method`, async ({ baseURL }) => {
      for (const method of ["GET", "POST", "DELETE"]) {
        const res = await raw(baseURL!, method, path, { "content-type": "application/json" }, method === "GET" ? undefined : "{}");
        expect(res.status, method).toBe(404);
        expect(String(res.headers["content-type"])).toContain("application/json");
        expect(JSON.parse(res.body)).toEqual({ error: "not_found" });
      }
    });
  }
});

test.describe("CSP and frame rules on every HTML response; internal headers from the client ignored", () => {
  const prefetches: Record<string, string>[] = [{ "next-router-prefetch": "1" }, { purpose: "prefetch" }, { "sec-purpose": "prefetch" }, {}];
  for (const prefetch of prefetches) {
    test(`a page fetched with ${JSON.stringify(prefetch)} has the CSP, its nonce and no framing`, async ({ baseURL }) => {
      const res = await raw(baseURL!, "GET", "/awards", prefetch);
      expect(res.status).toBe(200);
      const csp = String(res.headers["content-security-policy"]);
      expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers["x-frame-options"]).toBe("DENY");
    });
  }

  test("x-nonce, x-tabiji-embed and x-tabiji-theme sent by a client change nothing", async ({ baseURL }) => {
    const res = await raw(baseURL!, "GET", "/awards", { "x-nonce": "attacker-nonce", "x-tabiji-embed": "1", "x-tabiji-theme": "dark", purpose: "prefetch" });
    expect(res.status).toBe(200);
    expect(res.body).not.toContain("attacker-nonce");
    expect(String(res.headers["content-security-policy"])).not.toContain("attacker-nonce");
    expect(String(res.headers["content-security-policy"])).toContain("frame-ancestors 'none'");
    expect(res.body).not.toMatch(/data-theme="dark"/);
  });

  test("pages have Cross-Origin-Opener-Policy: same-origin", async ({ baseURL }) => {
    for (const path of ["/", "/awards", "/admin/sign-in"]) {
      const res = await raw(baseURL!, "GET", path);
      expect(res.headers["cross-origin-opener-policy"], path).toBe("same-origin");
    }
  });
});

test.describe("JSON endpoints read application/json only", () => {
  const body = JSON.stringify({ loanUsd: 30, loans: 1, termMonths: 8, milesPerJpy: 0.01, fxCostPercent: 1.6, usdJpy: 157.58 });
  for (const type of ["text/plain", "application/x-www-form-urlencoded", "application/json-patch+json", null]) {
    test(`a public POST with ${type ?? "no content type"} → 415`, async ({ baseURL }) => {
      const res = await raw(baseURL!, "POST", "/api/v1/kiva/simulate", type ? { "content-type": type } : {}, body);
      expect(res.status).toBe(415);
      expect(JSON.parse(res.body)).toMatchObject({ error: "unsupported_media_type" });
    });
  }

  test("the same body as application/json (with a charset) is answered", async ({ baseURL }) => {
    const res = await raw(baseURL!, "POST", "/api/v1/kiva/simulate", { "content-type": "application/json; charset=utf-8" }, body);
    expect(res.status).toBe(200);
  });

  test("admin sign-in refuses application/json-patch+json", async ({ baseURL }) => {
    const res = await raw(baseURL!, "POST", "/api/admin/sign-in", { "content-type": "application/json-patch+json", origin: baseURL! }, JSON.stringify({ email: "a@tabiji.test", password: "x".repeat(12) }));
    expect(res.status).toBe(415);
  });

  test("admin: an Origin with the right host but another scheme is refused", async ({ baseURL }) => {
    const other = baseURL!.replace(/^http:/, "https:");
    const res = await raw(baseURL!, "POST", "/api/admin/sign-in", { "content-type": "application/json", origin: other }, JSON.stringify({ email: "a@tabiji.test", password: "x".repeat(12) }));
    expect(res.status).toBe(403);
  });
});

test("map.svg with a control character in the title is well-formed XML", async ({ baseURL }) => {
  const res = await raw(baseURL!, "GET", "/api/v1/awards/map.svg?route=NRT-HEL&title=a%01b%00c%1B");
  expect(res.status).toBe(200);
  expect(res.body).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  expect(res.body).toContain("abc");
});
