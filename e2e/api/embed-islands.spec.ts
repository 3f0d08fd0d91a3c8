// Embeds as the server answers them (issue 7 "weight"): each /embed/<calculator> is a
// small page whose only JavaScript is its island (Preact + the calculator's own
// components), within the 80 KB gzip budget; it sets no cookies, may be framed, carries
// the page's language and only the messages its island uses, and its island assets are
// immutable files.
import { expect, test } from "@playwright/test";
import { EMBED_BUDGET_GZIP_BYTES, firstLoadJs } from "../../bench/weight";

const EMBEDS = [
  { path: "/embed/awards", namespace: "awards" },
  { path: "/embed/convert", namespace: "convert" },
  { path: "/embed/ihg", namespace: "ihg" },
  { path: "/embed/avios", namespace: "avios" },
  { path: "/embed/safety", namespace: "safety" },
  { path: "/embed/kiva", namespace: "kiva" },
  { path: "/embed/cards", namespace: "cards" },
];

function islandData(html: string): { locale: string; messages: Record<string, unknown>; props: unknown } {
  const m = /<script type="application\/json" id="tabiji-island-data">([\s\S]*?)<\/script>/.exec(html);
  expect(m, "the island's data is in the page").not.toBeNull();
  return JSON.parse(m![1]);
}

for (const { path, namespace } of EMBEDS) {
  test(`${path}: first-load JavaScript within the 80 KB gzip budget, one module script, no Next runtime`, async ({ baseURL }) => {
    const weight = await firstLoadJs(baseURL!, `${path}?lang=en`);
    expect(weight).not.toBeNull();
    expect(weight!.scripts).toBe(1);
    expect(weight!.gzipBytes).toBeLessThanOrEqual(EMBED_BUDGET_GZIP_BYTES);
    const html = await (await fetch(`${baseURL}${path}?lang=en`)).text();
    expect(html).not.toContain("/_next/static/");
  });

  test(`${path}: the language from ?lang=, only the island's messages, no cookie`, async ({ request }) => {
    for (const lang of ["ja", "en"] as const) {
      const res = await request.get(`${path}?lang=${lang}`);
      expect(res.status()).toBe(200);
      expect(res.headers()["set-cookie"]).toBeUndefined();
      expect(res.headers()["content-security-policy"]).toContain("frame-ancestors *");
      const html = await res.text();
      expect(html).toContain(`<html lang="${lang}"`);
      const data = islandData(html);
      expect(data.locale).toBe(lang);
      expect(Object.keys(data.messages)).toContain(namespace);
      // Strings of other calculators and of the admin area are not sent.
      for (const other of ["admin", "developers", "home"]) expect(Object.keys(data.messages)).not.toContain(other);
    }
  });
}

test("island scripts and stylesheets are served as immutable, cacheable files", async ({ request }) => {
  const html = await (await request.get("/embed/ihg?lang=en")).text();
  const js = /<script type="module" src="([^"]+)"/.exec(html)![1];
  const css = /<link rel="stylesheet" href="([^"]+)"/.exec(html)![1];
  for (const asset of [js, css]) {
    expect(asset).toMatch(/^\/islands\/ihg-[A-Z0-9]+\.(js|css)$/);
    const res = await request.get(asset);
    expect(res.status()).toBe(200);
    expect(res.headers()["cache-control"]).toContain("immutable");
  }
});

test("the title in the page is escaped, and a hostile query cannot break out of the island data", async ({ request }) => {
  const res = await request.get(`/embed/safety?lang=en&q=${encodeURIComponent("</script><script>alert(1)</script>")}`);
  expect(res.status()).toBe(200);
  const html = await res.text();
  expect(html).not.toContain("<script>alert(1)");
  expect((islandData(html).props as { q: string }).q).toBe("</script><script>alert(1)</script>");
});
