import { expect, test } from "@playwright/test";

// First visits compile the page in dev: give the first navigation room.
test.describe.configure({ timeout: 120_000 });

test.describe("/avios, as a new user", () => {
  test("the four plans with cents per Avios; a verdict against my own value", async ({ page }) => {
    await page.goto("/avios", { timeout: 90_000 });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("British Airways Avios subscription: is it worth it?");
    const table = page.getByTestId("avios-plans");
    await expect(table.getByTestId("plan-Voyager-yearly")).toContainText("1.575");
    await expect(table.getByTestId("plan-Voyager-monthly")).toContainText("1.7397");
    await expect(table.locator("tbody tr")).toHaveCount(8);
    await expect(page.getByText("Blog post on British Airways' Avios monthly subscription plans").first()).toBeVisible();
    // Default value 1.5 cents: every plan costs more per Avios.
    await expect(page.getByLabel("What one Avios is worth to you (US cents)")).toHaveValue("1.5");
    await expect(page.getByTestId("avios-verdict-summary")).toHaveText("At your value of 1.5 cents, no plan is worth it.");

    await page.getByLabel("What one Avios is worth to you (US cents)").fill("1.6");
    await page.getByRole("button", { name: "Compare" }).click();
    await expect(table.getByTestId("plan-Voyager-yearly")).toContainText("Worth it");
    await expect(table.getByTestId("plan-Voyager-monthly")).toContainText("Too expensive");
    await expect(page).toHaveURL(/value=1\.6/);
  });

  test("the cheapest way to a target by a date, with the plot of cost against Avios", async ({ page }) => {
    await page.goto("/avios");
    // Pre-filled: 20,000 Avios within a year -> one Voyager year.
    await expect(page.getByTestId("avios-best-cost")).toHaveText("$315.00 in total");

    await page.getByLabel("Avios you want").fill("50000");
    await page.getByRole("button", { name: "Find the cheapest way" }).click();
    await expect(page.getByTestId("avios-best-cost")).not.toHaveText("$315.00 in total");
    await expect(page.getByTestId("avios-best-parts")).toContainText("Traveller yearly × 1 year");
    await expect(page.getByTestId("avios-best-cost")).toHaveText("$779.00 in total");
    await expect(page.getByTestId("avios-alternatives")).toBeVisible();

    const plot = page.getByTestId("avios-plot").locator("svg:visible");
    await expect(plot).toBeVisible();
    expect(await plot.locator("path").count()).toBeGreaterThanOrEqual(2);
    await expect(page).toHaveURL(/target=50000/);
  });

  test("a malformed target is flagged next to its field", async ({ page }) => {
    await page.goto("/avios");
    const target = page.getByLabel("Avios you want");
    await target.fill("-3");
    await page.getByRole("button", { name: "Find the cheapest way" }).click();
    await expect(target).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#avios-target-error")).toHaveText("Enter a whole number of Avios from 1 to 2,000,000.");
  });

  test("in Japanese", async ({ page }) => {
    await page.goto("/avios?lang=ja");
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ブリティッシュ・エアウェイズのAviosサブスクは得か？");
    await expect(page.getByTestId("plan-Voyager-yearly")).toContainText("年払い");
    await expect(page.getByTestId("avios-plot").locator("svg:visible")).toBeVisible();
  });

  test("in Japanese, a negative target is flagged in Japanese next to its field", async ({ page }) => {
    await page.goto("/avios?lang=ja");
    const target = page.getByLabel("欲しいAvios");
    await target.fill("-3");
    await page.getByRole("button", { name: "最安の方法を探す" }).click();
    await expect(target).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#avios-target-error")).toHaveText("1〜2,000,000の整数（Avios）で入力してください。");
    await expect(page.getByText("targetAvios must be at least 1.")).toHaveCount(0);
  });
});
