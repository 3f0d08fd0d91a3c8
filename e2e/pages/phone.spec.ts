// A phone (390 x 844), in English and Japanese (issue 17): a compact header whose menu
// opens from a keyboard-usable button, navigation words that do not break mid-word,
// tables that scroll instead of stacking one character per line, chart labels of 11 px
// or more. Screenshots of what was checked are attached to the report.
import { expect, test, type Page } from "@playwright/test";

test.describe.configure({ timeout: 120_000 });
test.use({ viewport: { width: 390, height: 844 } });

async function shot(page: Page, name: string) {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: false });
}

for (const lang of ["en", "ja"] as const) {
  test(`the header is compact and its menu opens and closes from the keyboard (${lang})`, async ({ page }) => {
    await page.goto(`/?lang=${lang}`, { timeout: 90_000 });
    const header = page.locator("header.site-header");
    expect((await header.boundingBox())!.height).toBeLessThan(90);
    const menu = page.getByRole("button", { name: lang === "ja" ? "メニュー" : "Menu" });
    const nav = page.getByRole("navigation", { name: lang === "ja" ? "メイン" : "Main" });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(nav.getByRole("link").first()).toBeHidden();

    await menu.focus();
    await page.keyboard.press("Enter");
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await expect(nav.getByRole("link").first()).toBeVisible();
    // Every entry on one line: no "Aviosサブスクリプシ / ョン".
    const lines = await nav.getByRole("link").evaluateAll((as) => as.map((a) => ({ text: a.textContent, rects: a.getClientRects().length })));
    for (const l of lines) expect(l.rects, l.text ?? "").toBe(1);
    await shot(page, `header-menu-${lang}`);

    await page.keyboard.press("Escape");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(menu).toBeFocused();
    await expect(nav.getByRole("link").first()).toBeHidden();
  });

  test(`chart labels are at least 11 px on a phone (${lang})`, async ({ page }) => {
    await page.goto(`/ihg?lang=${lang}`, { timeout: 90_000 });
    const svg = page.getByTestId("ihg-plot").locator("svg:visible");
    await expect(svg).toHaveCount(1);
    const smallest = await svg.evaluate((el) => {
      const s = el as SVGSVGElement;
      const scale = s.getBoundingClientRect().width / s.viewBox.baseVal.width;
      return Math.min(...[...s.querySelectorAll("text")].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
    });
    expect(smallest).toBeGreaterThanOrEqual(11);
    await svg.scrollIntoViewIfNeeded();
    await shot(page, `ihg-plot-${lang}`);
  });
}

test("the Japanese safety table keeps ワンワールド on one line and the page a sensible length", async ({ page }) => {
  await page.goto("/safety?lang=ja", { timeout: 90_000 });
  const cells = page.getByTestId("safety-table").locator('td[data-col="alliance"]');
  const widths = await cells.evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().width));
  expect(Math.min(...widths)).toBeGreaterThan(50);
  // Issue 17: one-character columns made rows ~240 px tall (17,800 px for 73 airlines). The
  // page's length grows with the list (93 airlines in 2026), so each row is held to a few lines.
  const rows = await page.getByTestId("safety-table").locator("tbody tr").evaluateAll((trs) => trs.map((tr) => tr.getBoundingClientRect().height).sort((a, b) => a - b));
  expect(rows.length).toBeGreaterThan(50);
  expect(rows[Math.floor(rows.length / 2)]).toBeLessThan(110);
  expect(rows[rows.length - 1]).toBeLessThan(200);
  await page.getByTestId("safety-table").scrollIntoViewIfNeeded();
  await shot(page, "safety-table-ja");
});
