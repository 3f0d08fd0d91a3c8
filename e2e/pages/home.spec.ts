import { expect, test } from "@playwright/test";

test.describe("home page, as a new visitor", () => {
  test("follows an English browser, lists every calculator, switches to Japanese and keeps it", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Points and miles, worked out exactly");
    for (const key of ["awards", "optimize", "convert", "ihg", "avios", "safety", "earning"]) {
      await expect(page.getByTestId(`calculator-${key}`)).toBeVisible();
    }
    await expect(page.getByRole("heading", { name: "Data sources" })).toBeVisible();

    await page.getByRole("link", { name: "日本語", exact: true }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ポイントとマイルを、正確に");

    // Kept across pages and visits: a plain URL without ?lang= stays Japanese.
    await page.goto("/no-such-page");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ページが見つかりません");
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  });

  test("a Japanese browser gets Japanese without choosing", async ({ browser }) => {
    const context = await browser.newContext({ locale: "ja-JP" });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await context.close();
  });

  test("?lang=en forces English over a Japanese browser", async ({ browser }) => {
    const context = await browser.newContext({ locale: "ja-JP" });
    const page = await context.newPage();
    await page.goto("/?lang=en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await context.close();
  });

  test("is usable on a phone: no horizontal scrolling, skip link reachable by keyboard", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "en-US" });
    const page = await context.newPage();
    await page.goto("/");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
    await context.close();
  });
});
