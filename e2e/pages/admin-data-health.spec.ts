// /admin/data-health as an admin uses it (issue 15): stale rows, low-confidence rows,
// recorded conflicts and known gaps, each linked to its editor; "mark re-verified" takes
// a row off the stale list. Named admin-* so e2e/global-setup.ts makes the admin accounts.
import { expect, test, type Page } from "@playwright/test";

test.setTimeout(180_000);

const shot = (page: Page, name: string) => page.screenshot({ path: `.tmp/data-age-shots/${name}.png`, fullPage: false });

async function open(page: Page, url: string) {
  await page.goto(url, { timeout: 120_000 });
  await page.waitForLoadState("networkidle", { timeout: 120_000 });
}

test.describe("the data-health page", () => {
  test("lists stale rows, low-confidence rows, conflicts and gaps, each linked to its editor", async ({ page }) => {
    const email = process.env.TABIJI_E2E_ADMIN_PAGES_EMAIL;
    const password = process.env.TABIJI_E2E_ADMIN_PAGES_PASSWORD;
    if (process.env.TABIJI_E2E_ADMIN_SETUP_ERROR || !email || !password) throw new Error(process.env.TABIJI_E2E_ADMIN_SETUP_ERROR ?? "no admin account");
    await open(page, "/admin/sign-in");
    // The form signs in by script: wait until the page is interactive (a dev server compiles first).
    await page.waitForTimeout(1_500);
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/admin$/, { timeout: 120_000 });
    await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Data health" }).click();
    await page.waitForLoadState("networkidle");
    await expect(page.getByRole("heading", { level: 1, name: "Data health" })).toBeVisible();
    const stale = page.getByTestId("health-stale");
    await expect(stale.locator('tr[data-entity="AviosPlan"]').first()).toBeVisible();
    await expect(page.getByTestId("health-low").locator('tr[data-entity="CardPreset"]').first()).toContainText("saison-platinum-business-amex");
    await expect(page.getByTestId("health-conflicts").locator('tr[data-entity="SafetyRating"]').first()).toBeVisible();
    await expect(page.getByTestId("health-gaps").locator("li")).toHaveCount(7);
    await expect(stale.locator('tr[data-entity="AviosPlan"]').first().getByRole("link", { name: "Edit" })).toHaveAttribute("href", "/admin/tables/avios-plans");
    await shot(page, "data-health-en");
    // Mark one 2023/2024 safety row re-verified (there are dozens): it leaves the stale list.
    const row = stale.locator('tr[data-entity="SafetyRating"]').first();
    const id = await row.getAttribute("data-id");
    await row.getByRole("button", { name: /Mark .* re-verified today/ }).click();
    await expect(stale.locator(`tr[data-entity="SafetyRating"][data-id="${id}"]`)).toHaveCount(0, { timeout: 30_000 });
    await open(page, "/admin/data-health?lang=ja");
    await expect(page.getByRole("heading", { level: 1, name: "データの鮮度" })).toBeVisible();
    await shot(page, "data-health-ja");
  });
});
