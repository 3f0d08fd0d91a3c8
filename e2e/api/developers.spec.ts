import { expect, test } from "@playwright/test";
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

function decode(html: string): string {
  return html.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

test("every curl example on /developers runs against the server and succeeds", async ({ request, baseURL }) => {
  const html = await (await request.get("/developers")).text();
  const commands = [...html.matchAll(/<code data-testid="curl">([^<]+)<\/code>/g)].map((m) => decode(m[1]));
  const openapi = await (await request.get("/api/v1/openapi.json")).json();
  const operations = Object.values(openapi.paths as Record<string, object>).flatMap((ops) => Object.keys(ops));
  expect(commands.length).toBe(operations.length);
  for (const command of commands) {
    expect(command, command).toMatch(/^curl -s /);
    expect(command).toContain(`'${baseURL}/api/v1/`);
    const { stdout } = await run("sh", ["-c", `${command} -w '\\n%{http_code}'`], { timeout: 30_000 });
    const lines = stdout.trimEnd().split("\n");
    const status = Number(lines.pop());
    expect(status, `${command}\n${lines.join("\n").slice(0, 500)}`).toBe(200);
    const text = lines.join("\n");
    if (/^(<\?xml[^>]*>\s*)?<svg[\s>]/.test(text.trimStart())) continue; // the route map is an image
    const body = JSON.parse(text);
    expect(body.error, command).toBeUndefined();
  }
});

test("the OpenAPI document is served publicly with CORS and a cache header", async ({ request }) => {
  const res = await request.get("/api/v1/openapi.json");
  expect(res.status()).toBe(200);
  expect(res.headers()["access-control-allow-origin"]).toBe("*");
  expect(res.headers()["cache-control"]).toContain("max-age=");
  const doc = await res.json();
  expect(doc.openapi).toBe("3.1.0");
});
