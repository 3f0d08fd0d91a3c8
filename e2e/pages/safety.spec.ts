// /safety and /safety/[code] as a new traveller uses them: filter, search in Japanese,
// open an airline, read its history; "not rated" and "no data" told apart; Japanese UI;
// works without JavaScript; fits a phone.
import { expect, test, type Page } from "@playwright/test";

// The first visit may compile the pages on a dev server.
test.setTimeout(120_000);

const rows = (page: Page) => page.getByTestId("safety-table").locator("tbody tr");

test.describe("airline safety ratings, as a new traveller", () => {
  // The seed post's year (2024): stars for every oneworld airline. 2026 is the default (data-age.spec.ts).
  test("filters oneworld airlines with 7 stars, and the view is a shareable URL", async ({ page }) => {
    await page.goto("/safety?year=2024", { timeout: 120_000 });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Airline safety ratings");
    await page.getByLabel("Alliance").selectOption({ label: "oneworld" });
    await page.getByLabel("Minimum rating").selectOption({ label: "7 stars" });
    await page.getByRole("button", { name: "Show airlines" }).click();

    await expect(page).toHaveURL(/alliance=oneworld/);
    await expect(page).toHaveURL(/minStars=7/);
    // facts §5: the 8 top-25 airlines and Iberia, Royal Air Maroc, SriLankan, Royal Jordanian, Fiji Airways.
    await expect(rows(page)).toHaveCount(13);
    await expect(page.getByTestId("safety-count")).toContainText("13 airlines shown");
    for (const row of await rows(page).all()) {
      await expect(row.getByRole("img", { name: "7 of 7 stars" })).toBeVisible();
      await expect(row.locator('[data-col="alliance"]')).toHaveText(/^oneworld/);
    }
    await expect(rows(page).filter({ hasText: "Japan Airlines" }).getByText("Top 25")).toBeVisible();
    await expect(rows(page).filter({ hasText: "Iberia" }).getByText("Top 25")).toHaveCount(0);
    await expect(rows(page).filter({ hasText: "Malaysia Airlines" })).toHaveCount(0);
    // The form shows what is applied.
    await expect(page.getByLabel("Alliance")).toHaveValue("oneworld");
    await expect(page.getByLabel("Minimum rating")).toHaveValue("7");
  });

  test("searches 'ネパール', finds Nepal Airlines at 1 star, opens its page and reads its history", async ({ page }) => {
    await page.goto("/safety?year=2024", { timeout: 120_000 });
    await page.getByRole("searchbox", { name: "Search" }).fill("ネパール");
    await page.getByRole("button", { name: "Show airlines" }).click();

    await expect(rows(page)).toHaveCount(1);
    const nepal = rows(page).first();
    await expect(nepal).toContainText("Nepal Airlines");
    await expect(nepal.getByRole("img", { name: "1 of 7 stars" })).toBeVisible();
    await expect(nepal).toContainText("Unchanged since 2023");

    await nepal.getByRole("link", { name: "Nepal Airlines" }).click();
    await expect(page).toHaveURL(/\/safety\/RA$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nepal Airlines");
    await expect(page.getByTestId("safety-current").getByRole("img", { name: "1 of 7 stars" })).toBeVisible();
    const history = page.getByTestId("safety-history").locator("tbody tr");
    await expect(history).toHaveCount(4); // 2026 and 2025: no data (not in any published list)
    for (const year of ["2024", "2023"]) {
      await expect(history.filter({ hasText: year }).getByRole("img", { name: "1 of 7 stars" })).toBeVisible();
    }
    await expect(page.getByText("Source:").first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Check an award ticket in the award checker" })).toHaveAttribute("href", "/awards");
    await page.getByRole("link", { name: "All airline safety ratings" }).click();
    await expect(page).toHaveURL(/\/safety$/);
  });

  test("'not rated' (Aeroflot) and 'no data' (JAL in 2023) are different things", async ({ page }) => {
    await page.goto("/safety/SU", { timeout: 120_000 });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Aeroflot");
    await expect(page.getByTestId("safety-current").getByText("Not rated", { exact: true })).toBeVisible();
    // 2025: the conflict between the rater's 2023 policy and 2025 media reports is spelled out.
    await expect(page.getByTestId("safety-note")).toContainText("Conflicting sources");
    await expect(page.getByTestId("safety-memberships")).toContainText("SkyTeam");

    await page.goto("/safety/JL");
    const history = page.getByTestId("safety-history").locator("tbody tr");
    await expect(history.filter({ hasText: "2024" }).getByRole("img", { name: "7 of 7 stars" })).toBeVisible();
    await expect(history.filter({ hasText: "2023" }).getByText("No data", { exact: true })).toBeVisible();
    await expect(page.getByTestId("safety-memberships")).toContainText("joined 2007-04-01");

    // In the table of 2023, only the eight 1-star airlines are rated.
    await page.goto("/safety?year=2023");
    await expect(page.getByRole("heading", { name: "Ratings for 2023" })).toBeVisible();
    await expect(page.getByTestId("safety-table").getByRole("img", { name: "1 of 7 stars" })).toHaveCount(8);
    await expect(rows(page).filter({ hasText: "Japan Airlines" }).getByText("No data", { exact: true })).toBeVisible();
  });

  test("explains what the stars measure, with the source", async ({ page }) => {
    await page.goto("/safety?year=2024", { timeout: 120_000 });
    await page.getByRole("link", { name: "What the stars measure" }).click();
    const about = page.locator("section", { has: page.getByRole("heading", { name: "What the stars measure" }) });
    for (const text of ["fatal accident", "IOSA", "ICAO", "EU blacklist", "FAA"]) await expect(about).toContainText(text);
    await expect(about.getByRole("link", { name: "www.airlineratings.com/", exact: true })).toBeVisible();
    await expect(page.getByText("AirlineRatings.com ratings 2024:")).toBeVisible();
  });

  test("a bad value in the address is shown next to its field; the rest still applies", async ({ page }) => {
    await page.goto("/safety?alliance=oneworld&minStars=9&year=2024", { timeout: 120_000 });
    await expect(page.getByLabel("Minimum rating")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("The minimum rating must be 1 to 7 stars")).toBeVisible();
    await expect(rows(page)).toHaveCount(14); // all 2024 oneworld airlines, facts §5 (13 at 7 stars + Malaysia Airlines)
  });

  test("no match: a clear message and a way back", async ({ page }) => {
    await page.goto("/safety?q=zzzz-no-airline", { timeout: 120_000 });
    await expect(page.getByText("No airline matches these filters.")).toBeVisible();
    await page.getByRole("link", { name: "Clear filters" }).first().click();
    await expect(page).toHaveURL(/\/safety$/);
    await expect(rows(page).first()).toBeVisible();
  });

  test("an unknown airline code is the 404 page", async ({ page }) => {
    const res = await page.goto("/safety/ZZ", { timeout: 120_000 });
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  });

  test("in Japanese", async ({ page }) => {
    await page.goto("/safety?lang=ja&q=ネパール&year=2024", { timeout: 120_000 });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("航空会社の安全性評価");
    await expect(rows(page).first()).toContainText("ネパール航空");
    await expect(rows(page).first().getByRole("img", { name: "7つ星中1" })).toBeVisible();
    await rows(page).first().getByRole("link", { name: "ネパール航空" }).click();
    await expect(page.getByRole("heading", { name: "年ごとの評価" })).toBeVisible();
  });

  test("works without JavaScript: the GET form filters", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "en-US" });
    const page = await context.newPage();
    await page.goto("/safety?year=2024", { timeout: 120_000 });
    await page.getByLabel("Minimum rating").selectOption("3");
    await page.getByRole("button", { name: "Show airlines" }).click();
    await expect(page).toHaveURL(/minStars=3/);
    await expect(rows(page)).toHaveCount(15); // facts §5: 13 at 7 stars, Oman Air 6, Malaysia Airlines 3
    await context.close();
  });

  test("fits a phone: no horizontal scrolling of the page", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "en-US" });
    const page = await context.newPage();
    for (const path of ["/safety", "/safety/SU"]) {
      await page.goto(path, { timeout: 120_000 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});
