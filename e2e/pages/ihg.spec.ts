import { expect, test } from "@playwright/test";

// First visits compile the page in dev: give the first navigation room.
test.describe.configure({ timeout: 120_000 });

test.describe("/ihg, as a new user", () => {
  test("the worked example answers at once: 40,000 points for $200, 0.5 cents each, exactly even with cash so not a buy; with the plot", async ({ page }) => {
    await page.goto("/ihg", { timeout: 90_000 });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Is this IHG points sale worth it?");
    await expect(page.getByLabel("Points to buy")).toHaveValue("20000");
    // $200 cash = 40,000 points at 0.5 cents: buying saves nothing, so no "Buy" and no "Yes".
    await expect(page.getByTestId("ihg-verdict")).toContainText("Skip");
    await expect(page.getByTestId("ihg-reasons")).toContainText("saves nothing over paying cash");
    await expect(page.getByTestId("ihg-stay")).toContainText("No saving: the same as paying cash");
    await expect(page.getByTestId("ihg-total")).toHaveText("40,000 points for $200.00");
    await expect(page.getByTestId("ihg-effective")).toHaveText("0.5 cents per point received");
    await expect(page.getByTestId("ihg-stay")).toContainText("$200.00");
    // The rule of thumb is visible and on.
    await expect(page.getByLabel("Apply the rule of thumb: only a 100% bonus sale is worth buying")).toBeChecked();

    const plot = page.getByTestId("ihg-plot").locator("svg:visible");
    await expect(plot).toBeVisible();
    expect(await plot.locator("path").count()).toBeGreaterThanOrEqual(2);
    await expect(page.getByTestId("ihg-plot")).toContainText("With the 100% bonus");
    await expect(plot).toContainText("+100% from 11,000");
    await expect(plot).toContainText("Your stay: 0.5¢");
  });

  test("10,000 points at a 100% bonus from the price tiers: no bonus, what 11,000 would cost instead, skip", async ({ page }) => {
    await page.goto("/ihg");
    await page.getByLabel("Points to buy").fill("10000");
    await page.getByLabel("Sale bonus").selectOption("100");
    await page.getByRole("radio", { name: "From IHG's price tiers" }).check();
    await expect(page.getByTestId("tier-hint")).toHaveText("Tier for 10,000 points: 1.35 cents (1,000–10,000 points).");
    await page.getByLabel("Cash price (USD)").fill("");
    await page.getByLabel("Points price").fill("");
    await page.getByRole("button", { name: "Calculate" }).click();

    await expect(page.getByTestId("ihg-verdict")).toContainText("Skip");
    await expect(page.getByTestId("ihg-total")).toHaveText("10,000 points for $135.00");
    await expect(page.getByText("No bonus on this purchase")).toBeVisible();
    await expect(page.getByTestId("ihg-warnings")).toContainText("The 100% bonus needs a purchase of at least 11,000 points.");
    await expect(page.getByTestId("ihg-tiers").locator("tr[aria-current]")).toContainText("1,000–10,000 points");
    await expect(page).toHaveURL(/points=10000.*price=tier/);
  });

  test("the rule of thumb can be switched off: a 50% sale good for the stay becomes a buy", async ({ page }) => {
    await page.goto("/ihg");
    await page.getByLabel("Points to buy").fill("30000");
    await page.getByLabel("Sale bonus").selectOption("50");
    await page.getByLabel("US cents per point").fill("0.5");
    await page.getByLabel("Cash price (USD)").fill("300");
    await page.getByLabel("Points price").fill("40000");
    await page.getByRole("button", { name: "Calculate" }).click();
    await expect(page.getByTestId("ihg-verdict")).toContainText("Skip");
    await expect(page.getByTestId("ihg-reasons")).toContainText("Rule of thumb");

    await page.getByLabel("Apply the rule of thumb: only a 100% bonus sale is worth buying").uncheck();
    await page.getByRole("button", { name: "Calculate" }).click();
    await expect(page.getByTestId("ihg-verdict")).toContainText("Buy");
  });

  test("a typed-in price left empty is flagged at its field, not silently priced from the tiers", async ({ page }) => {
    await page.goto("/ihg");
    await page.getByLabel("US cents per point").fill("");
    await page.getByRole("button", { name: "Calculate" }).click();
    await expect(page.getByLabel("US cents per point")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByTestId("ihg-result")).toHaveCount(0);
  });

  test("a bonus over 100% typed in is flagged next to its field", async ({ page }) => {
    await page.goto("/ihg");
    await page.getByLabel("Sale bonus").selectOption("other");
    const typed = page.getByLabel("Bonus in percent");
    await typed.fill("150");
    await page.getByRole("button", { name: "Calculate" }).click();
    await expect(typed).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#ihg-bonus-typed-error")).toHaveText("Enter the sale's bonus as a whole percentage from 0 to 100.");
  });

  test("in Japanese", async ({ page }) => {
    await page.goto("/ihg?lang=ja");
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("IHGのポイント購入セールは買いか？");
    await expect(page.getByTestId("ihg-verdict")).toContainText("見送り");
    await expect(page.getByTestId("ihg-total")).toContainText("40,000ポイント");
    await expect(page.getByTestId("ihg-plot").locator("svg:visible")).toBeVisible();
  });

  test("in Japanese, a negative number of points is flagged in Japanese, with the stored rule's limits", async ({ page }) => {
    await page.goto("/ihg?lang=ja");
    const points = page.getByLabel("購入するポイント数");
    await points.fill("-5");
    await page.getByRole("button", { name: "計算する" }).click();
    await expect(points).toHaveAttribute("aria-invalid", "true");
    // The stored purchase rule (seed): 1,000 to 300,000 points, in steps of 1,000.
    await expect(page.locator("#ihg-points-error")).toHaveText("1,000〜300,000ポイントの範囲で、1,000ポイント単位で入力してください。");
    await expect(page.getByText("Points cannot be negative.")).toHaveCount(0);
  });
});
