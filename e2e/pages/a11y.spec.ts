// axe on every page and embed, in English and Japanese, on a laptop and on a phone
// (issue 17): no violations, including label-content-name-mismatch (the logo and the
// language link said something other than what they showed).
import { expect, test } from "@playwright/test";
import { axeViolations } from "../support/axe";

test.describe.configure({ timeout: 180_000 });

const PAGES = ["/", "/awards", "/awards?view=optimize", "/awards?s=NRT-HEL.AY.business.2024-06-01T10:25.2024-06-01T15:10~HEL-LHR.AY.business.2024-06-03T17:00.2024-06-03T18:35", "/convert", "/ihg", "/avios", "/safety", "/safety/AY", "/kiva", "/cards", "/developers", "/admin/sign-in"];
const EMBEDS = ["/embed/awards", "/embed/convert", "/embed/ihg", "/embed/avios", "/embed/safety", "/embed/kiva", "/embed/cards"];
const WIDTHS = [
  { name: "laptop", viewport: { width: 1280, height: 800 } },
  { name: "phone", viewport: { width: 390, height: 844 } },
];

for (const lang of ["en", "ja"] as const) {
  for (const { name, viewport } of WIDTHS) {
    test(`axe finds nothing on every page and embed (${lang}, ${name})`, async ({ browser }) => {
      const context = await browser.newContext({ viewport, locale: lang === "ja" ? "ja-JP" : "en-US" });
      const page = await context.newPage();
      const found: Record<string, unknown> = {};
      for (const path of [...PAGES, ...EMBEDS]) {
        await page.goto(`${path}${path.includes("?") ? "&" : "?"}lang=${lang}`, { timeout: 90_000 });
        await page.waitForLoadState("networkidle");
        const v = await axeViolations(page);
        if (v.length > 0) found[path] = v;
      }
      await context.close();
      expect(found).toEqual({});
    });
  }
}

test("the award results are not one giant live region: a short summary is announced instead", async ({ page }) => {
  await page.goto("/awards?lang=en&s=NRT-HEL.AY.business.2024-06-01T10:25.2024-06-01T15:10~HEL-LHR.AY.business.2024-06-03T17:00.2024-06-03T18:35", { timeout: 90_000 });
  await expect(page.getByTestId("awards-table")).toBeVisible();
  const live = await page.locator('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"]').evaluateAll((els) => els.map((e) => (e.textContent ?? "").length));
  expect(Math.max(0, ...live)).toBeLessThan(300);
  await expect(page.getByTestId("awards-announcement")).toHaveText(/^Results ready: \d+ award tickets? of \d+ allows? this trip\.$/);
});

// Issue 17 item 6 on every calculator: after a new answer only one short sentence is
// announced, never the whole result (tables, timelines, plots).
const CALCULATORS = [
  { path: "/convert", button: "Calculate", id: "convert-announcement", text: /^10,001 points give [\d,]+ miles\.$/ },
  { path: "/ihg", button: "Calculate", id: "ihg-announcement", text: /^Verdict: (Buy|Skip)$/ },
  { path: "/avios", button: "Find the cheapest way", id: "avios-collect-announcement", text: /^Cheapest way: \$[\d,.]+ in total\.$/ },
  { path: "/avios", button: "Compare", id: "avios-plans-announcement", text: /^Plans compared at [\d.]+ cents per Avios\.$/ },
  { path: "/cards", button: "Compare", id: "cards-announcement", text: /^Best: .+, [\d,]+ miles a year for [\d,]+ yen in fees\.$/ },
];
for (const c of CALCULATORS) {
  test(`${c.path} "${c.button}" announces one short sentence, not the whole result`, async ({ page }) => {
    await page.goto(`${c.path}?lang=en`, { timeout: 90_000 });
    await page.waitForFunction(() => [...document.querySelectorAll("form")].some((f) => Object.keys(f).some((k) => k.startsWith("__react"))));
    await page.getByRole("button", { name: c.button, exact: true }).click();
    await expect(page.getByTestId(c.id)).toHaveText(c.text);
    const live = await page.locator('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"]').evaluateAll((els) => els.map((e) => (e.textContent ?? "").length));
    expect(Math.max(0, ...live)).toBeLessThan(300);
  });
}
