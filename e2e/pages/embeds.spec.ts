// Embeds as a blogger uses them: a page on another origin frames each widget with the
// snippet from "Embed this" (iframe + embed.js), uses it, and sees the iframe resize.
// Non-embed pages refuse to be framed; embeds set no cookies; a message from a wrong
// origin changes nothing.
import { expect, test, type Page } from "@playwright/test";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

let blog: Server;
let blogOrigin: string;
let pages: Record<string, string> = {};

test.beforeAll(async ({ baseURL }) => {
  const snippet = (path: string) => `<iframe data-tabiji src="${baseURL}${path}" title="${path}" width="100%" height="150" style="border:0"></iframe>`;
  pages = {
    "/post-safety": `<h1>My post</h1>${snippet("/embed/safety?lang=en&q=nepal")}<script async src="${baseURL}/embed.js"></script>`,
    "/frame-home": `<iframe id="f" src="${baseURL}/" width="600" height="400"></iframe>`,
    "/frame-safety-page": `<iframe id="f" src="${baseURL}/safety" width="600" height="400"></iframe>`,
  };
  blog = createServer((req, res) => {
    const body = pages[req.url ?? ""];
    res.writeHead(body ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
    res.end(body ? `<!doctype html><html><body>${body}</body></html>` : "not found");
  });
  await new Promise<void>((resolve) => blog.listen(0, "127.0.0.1", resolve));
  // Same host, another port: another origin, as a blog on its own domain would be.
  blogOrigin = `http://localhost:${(blog.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => blog.close(() => resolve())));

async function frameHeight(page: Page, selector = "iframe[data-tabiji]") {
  return page.locator(selector).evaluate((el) => (el as HTMLIFrameElement).getBoundingClientRect().height);
}

test("the safety lookup embeds on another origin, resizes to its content, and works", async ({ page }) => {
  const loads: string[] = [];
  page.on("request", (r) => {
    if (r.isNavigationRequest() && r.url().includes("/embed/safety")) loads.push(r.url());
  });
  await page.goto(`${blogOrigin}/post-safety`);
  const frame = page.frameLocator("iframe[data-tabiji]");
  await expect(frame.getByTestId("embed-safety-results")).toContainText("Nepal Airlines");
  await expect.poll(() => frameHeight(page), { timeout: 15_000 }).toBeGreaterThan(150);
  // embed.js sized the frame without loading it a second time under another address.
  expect(loads).toEqual([expect.stringMatching(/\/embed\/safety\?lang=en&q=nepal$/)]);
  const before = await frameHeight(page);

  // Use it: a search with more results makes the widget taller, and the iframe follows.
  await frame.getByRole("searchbox").fill("air");
  await frame.getByRole("button", { name: "Show airlines" }).click();
  await expect(frame.getByTestId("embed-safety-results").locator("li")).toHaveCount(12);
  await expect.poll(() => frameHeight(page), { timeout: 15_000 }).toBeGreaterThan(before);

  // The link to the full site carries the inputs.
  await expect(frame.getByTestId("open-in-tabiji")).toHaveAttribute("href", /\/safety\?.*q=air/);
});

test("a resize message from a wrong origin changes nothing", async ({ page }) => {
  await page.goto(`${blogOrigin}/post-safety`);
  await expect.poll(() => frameHeight(page), { timeout: 15_000 }).toBeGreaterThan(150);
  const height = await frameHeight(page);
  // The blog page itself (not Tabiji's origin) posts a well-formed resize message.
  await page.evaluate(() => window.postMessage({ type: "tabiji:resize", height: 7 }, "*"));
  await page.waitForTimeout(500);
  expect(await frameHeight(page)).toBe(height);
});

for (const path of ["/frame-home", "/frame-safety-page"]) {
  test(`another site cannot frame a non-embed page (${path})`, async ({ page, baseURL }) => {
    await page.goto(`${blogOrigin}${path}`);
    await page.waitForTimeout(1000);
    const framed = page.frames().find((f) => f !== page.mainFrame());
    // Chromium replaces a refused frame with an error page: none of our content loads.
    const url = framed?.url() ?? "";
    const content = framed ? await framed.content().catch(() => "") : "";
    expect(content.includes("Tabiji") && url.startsWith(baseURL!)).toBe(false);
  });
}

test("embed responses set no cookies and may be framed; pages refuse framing", async ({ request }) => {
  const embed = await request.get("/embed/safety?lang=ja&theme=dark");
  expect(embed.status()).toBe(200);
  expect(embed.headers()["set-cookie"]).toBeUndefined();
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  // ?lang= on an embed does not set the language cookie that ?lang= sets on pages.
  const page = await request.get("/safety?lang=ja");
  expect(page.headers()["set-cookie"]).toContain("tabiji_lang=ja");
  expect(page.headers()["x-frame-options"]).toBe("DENY");
  expect(page.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
});

test("an embed is chrome-less and follows ?theme= and ?lang=", async ({ page }) => {
  await page.goto("/embed/safety?lang=ja&theme=dark");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.locator("header.site-header")).toHaveCount(0);
  await expect(page.locator("footer.site-footer")).toHaveCount(0);
});

test("the Kiva simulator and the card comparison embed on another origin, work and resize", async ({ page, baseURL }) => {
  pages["/post-earning"] = `<iframe data-tabiji src="${baseURL}/embed/kiva?lang=en" title="kiva" width="100%" height="150" style="border:0"></iframe>
    <iframe data-tabiji src="${baseURL}/embed/cards?lang=en" title="cards" width="100%" height="150" style="border:0"></iframe>
    <script async src="${baseURL}/embed.js"></script>`;
  await page.goto(`${blogOrigin}/post-earning`);
  await expect.poll(() => frameHeight(page, 'iframe[title="kiva"]'), { timeout: 20_000 }).toBeGreaterThan(300);
  await expect.poll(() => frameHeight(page, 'iframe[title="cards"]'), { timeout: 20_000 }).toBeGreaterThan(300);
  // Both show an answer from their defaults (the seed's example), and each links to its full page.
  const kiva = page.frameLocator('iframe[title="kiva"]');
  const cards = page.frameLocator('iframe[title="cards"]');
  await expect(kiva.getByTestId("open-in-tabiji")).toHaveAttribute("href", /^\/kiva/);
  await expect(cards.getByTestId("open-in-tabiji")).toHaveAttribute("href", /^\/cards/);
  await expect(cards.getByText(/11,000/).first()).toBeVisible();

  // Use them: 2,000,000 yen is not above the threshold, so the Saison fee is 22,000.
  await cards.getByLabel("Yearly card spending (yen)").fill("2000000");
  await cards.getByRole("button", { name: "Compare" }).click();
  await expect(cards.getByText(/22,000/).first()).toBeVisible();
  const kivaBefore = await frameHeight(page, 'iframe[title="kiva"]');
  await kiva.getByLabel("Loans in the first month").fill("3");
  await kiva.getByRole("button", { name: "Calculate" }).click();
  await expect(kiva.getByRole("status").or(kiva.locator("[aria-live]")).first()).toBeVisible();
  await expect.poll(() => frameHeight(page, 'iframe[title="kiva"]')).toBeGreaterThan(kivaBefore * 0.5);
});

test("the promotion calculators embed on another origin, work and resize", async ({ page, baseURL }) => {
  const frames = ["convert", "ihg", "avios"];
  pages["/post-promotions"] =
    frames.map((f) => `<iframe data-tabiji src="${baseURL}/embed/${f}?lang=en" title="${f}" width="100%" height="150" style="border:0"></iframe>`).join("\n") +
    `<script async src="${baseURL}/embed.js"></script>`;
  await page.goto(`${blogOrigin}/post-promotions`);
  for (const f of frames) await expect.poll(() => frameHeight(page, `iframe[title="${f}"]`), { timeout: 20_000 }).toBeGreaterThan(300);

  // Points into miles: the seed's Ponta example in July 2023.
  const convert = page.frameLocator('iframe[title="convert"]');
  await convert.getByLabel("Points to exchange").fill("10001");
  await convert.getByRole("button", { name: "Calculate" }).click();
  await expect(convert.getByTestId("points-left")).toHaveText("1");

  // IHG: 10,000 points at a 100% sale get no bonus (the threshold is 11,000).
  const ihg = page.frameLocator('iframe[title="ihg"]');
  await expect(ihg.getByTestId("ihg-result")).toBeVisible();
  await ihg.getByLabel("Points to buy").fill("10000");
  await ihg.getByRole("button", { name: "Calculate" }).click();
  await expect(ihg.getByTestId("ihg-total")).toContainText("10,000");

  const avios = page.frameLocator('iframe[title="avios"]');
  await expect(avios.getByText("Voyager").first()).toBeVisible();
  await expect(avios.getByTestId("open-in-tabiji")).toHaveAttribute("href", /^\/avios/);
});

test("the award checker embeds on another origin: the itinerary from the snippet, checked, resized, and it stays embedded", async ({ page, baseURL }) => {
  const query = "s=NRT-HEL.AY.business.2024-06-01T10:25.2024-06-01T15:10~HEL-LHR.AY.business.2024-06-03T17:00.2024-06-03T18:35";
  pages["/post-awards"] = `<iframe data-tabiji src="${baseURL}/embed/awards?lang=en&${query}" title="awards" width="100%" height="150" style="border:0"></iframe><script async src="${baseURL}/embed.js"></script>`;
  await page.goto(`${blogOrigin}/post-awards`);
  const frame = page.frameLocator('iframe[title="awards"]');
  await expect(frame.getByTestId("stop-0")).toHaveAttribute("data-kind", "stopover");
  await expect(frame.getByTestId("award-BA-perSegment")).toHaveAttribute("data-valid", "true");
  await expect.poll(() => frameHeight(page, 'iframe[title="awards"]'), { timeout: 20_000 }).toBeGreaterThan(600);
  // Checking again keeps the widget inside the embed (no site header appears in the frame).
  await frame.getByRole("button", { name: /^Check/ }).first().click();
  await expect(frame.getByTestId("stop-0")).toHaveAttribute("data-kind", "stopover");
  await expect(frame.locator("header.site-header")).toHaveCount(0);
  const src = await page.locator('iframe[title="awards"]').evaluate((f) => (f as HTMLIFrameElement).contentWindow?.location.pathname).catch(() => null);
  expect(src === null || src === "/embed/awards").toBe(true);
  await expect(frame.getByTestId("open-in-tabiji")).toHaveAttribute("href", /^\/awards\?.*s=NRT-HEL/);
});

test("every link in the award embed that leads outside /embed/** opens in a new tab (the safety links too)", async ({ page }) => {
  const query = "s=NRT-HEL.AY.business.2024-06-01T10:25.2024-06-01T15:10~HEL-LHR.AY.business.2024-06-03T17:00.2024-06-03T18:35";
  await page.goto(`/embed/awards?lang=en&${query}`);
  await expect(page.getByTestId("award-BA-perSegment")).toHaveAttribute("data-valid", "true");
  const safety = page.locator('a[href^="/safety/"]').first();
  await expect(safety).toHaveAttribute("target", "_blank");
  await expect(safety).toHaveAttribute("rel", /noopener/);
  const links = await page.locator("a[href]").evaluateAll((as) =>
    as.map((a) => ({ href: a.getAttribute("href") ?? "", target: (a as HTMLAnchorElement).target, rel: (a as HTMLAnchorElement).rel })),
  );
  const outside = links.filter((l) => !l.href.startsWith("#") && !/^(\?|\/embed\/)/.test(l.href));
  expect(outside.length).toBeGreaterThan(1);
  for (const l of outside) expect(l, l.href).toMatchObject({ target: "_blank", rel: expect.stringContaining("noopener") });
});

test("the embed snippet's iframe title follows the chosen language, not the page's", async ({ page }) => {
  await page.goto("/ihg");
  await page.getByTestId("embed-this").locator("summary").click();
  const snippet = page.getByTestId("embed-snippet");
  await page.getByTestId("embed-this").getByRole("combobox").first().selectOption("ja");
  await expect(snippet).toHaveValue(/title="IHGのポイント購入セールは買いか？"/);
  await page.getByTestId("embed-this").getByRole("combobox").first().selectOption("en");
  await expect(snippet).toHaveValue(/title="Is this IHG points sale worth it\?"/);
});
