import { expect, test } from "@playwright/test";

// First visits compile the page in dev: give the first navigation room.
test.describe.configure({ timeout: 120_000 });

test.describe("/convert, as a new user", () => {
  test("shows an answer at once, then the source post's Ponta example with its campaign, timeline and plot", async ({ page }) => {
    await page.goto("/convert", { timeout: 90_000 });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ponta and Saison points into JAL miles");
    // Pre-filled: 10,001 Ponta points, today in Japan; an answer is already there.
    await expect(page.getByLabel("Points to exchange")).toHaveValue("10001");
    await expect(page.getByTestId("total-miles")).toBeVisible();

    await page.getByRole("radio", { name: /Ponta points to JAL miles/ }).check();
    await page.getByLabel("Points to exchange").fill("10001");
    await page.getByLabel("Exchange date").fill("2023-07-15");
    await page.getByRole("button", { name: "Calculate" }).click();

    await expect(page.getByTestId("total-miles")).toHaveText("6,000 miles");
    await expect(page.getByTestId("miles-split")).toHaveText("5,000 base miles + 1,000 bonus miles");
    await expect(page.getByTestId("points-used")).toContainText("10,000");
    await expect(page.getByTestId("points-left")).toHaveText("1");
    await expect(page.getByTestId("campaign-outcome")).toContainText("Campaign applied: Ponta to JAL miles: exchange rate 20% up");
    await expect(page.getByTestId("campaign-outcome")).toContainText("Jul 3, 2023 to Jul 31, 2023");
    await expect(page.getByTestId("credit-timeline")).toContainText("5,000 base miles reach your account around Jul 22, 2023.");
    await expect(page.getByTestId("credit-timeline")).toContainText("1,000 bonus miles are credited separately");
    await expect(page.getByTestId("convert-result").locator(".provenance").first()).toContainText("Blog post 「PontaポイントからJALのマイル交換で20%のレートアップキャンペーンを実施");

    const plot = page.getByTestId("convert-plot").locator("svg:visible");
    await expect(plot).toBeVisible();
    expect(await plot.locator("path").count()).toBeGreaterThanOrEqual(2);

    // The inputs are in the URL, so the answer can be shared.
    await expect(page).toHaveURL(/points=10001.*date=2023-07-15/);
    await page.reload();
    await expect(page.getByTestId("total-miles")).toHaveText("6,000 miles");
  });

  test("Saison in July 2023: no bonus without the entry, 500 bonus miles with it", async ({ page }) => {
    await page.goto("/convert");
    await page.getByRole("radio", { name: /Saison permanent points/ }).check();
    await page.getByLabel("Points to exchange").fill("1000");
    await page.getByLabel("Exchange date").fill("2023-07-20");
    await page.getByLabel("I entered (registered for) the campaign").uncheck();
    await page.getByRole("button", { name: "Calculate" }).click();
    await expect(page.getByTestId("total-miles")).toHaveText("2,500 miles");
    await expect(page.getByTestId("campaign-outcome")).toContainText("Campaign not applied");
    await expect(page.getByTestId("campaign-outcome")).toContainText("requires an entry");

    await page.getByLabel("I entered (registered for) the campaign").check();
    await page.getByRole("button", { name: "Calculate" }).click();
    await expect(page.getByTestId("total-miles")).toHaveText("3,000 miles");
    await expect(page.getByTestId("miles-split")).toHaveText("2,500 base miles + 500 bonus miles");
    await expect(page.getByTestId("credit-timeline")).toContainText("between Aug 10, 2023 and Aug 17, 2023");
  });

  test("reverse mode: the points needed for 3,000 miles, with and without the campaign", async ({ page }) => {
    await page.goto("/convert");
    await page.getByRole("radio", { name: "Points for the miles I want" }).check();
    await page.getByRole("radio", { name: /Saison permanent points/ }).check();
    await page.getByLabel("Miles you want").fill("3000");
    await page.getByLabel("Exchange date").fill("2023-07-10");
    await page.getByLabel("I entered (registered for) the campaign").check();
    await page.getByRole("button", { name: "Calculate" }).click();
    await expect(page.getByTestId("points-needed")).toHaveText("1,000 points");
    await expect(page.getByTestId("reverse-without")).toContainText("1,200");
    await expect(page.getByTestId("reverse-with")).toContainText("1,000");
    await expect(page.getByText("The campaign saves 200 points.")).toBeVisible();
  });

  test("a bad amount is flagged next to its field, and the calendar lists the stored campaigns with their source", async ({ page }) => {
    await page.goto("/convert");
    const points = page.getByLabel("Points to exchange");
    await points.fill("-5");
    await page.getByRole("button", { name: "Calculate" }).click();
    await expect(points).toHaveAttribute("aria-invalid", "true");
    // The page's own words for the field (messages/en/convert.json), next to it.
    await expect(page.locator("#convert-points-error")).toHaveText("Enter a whole number of points from 0 to 100,000,000.");
    await expect(points).toHaveAttribute("aria-describedby", /convert-points-error/);

    const calendar = page.getByTestId("campaign-calendar");
    await expect(calendar.getByRole("heading", { name: "Campaign calendar" })).toBeVisible();
    const ponta = calendar.getByTestId("campaign-ponta-jal-2023-07-rateup20");
    await expect(ponta).toContainText("Jul 3, 2023 to Jul 31, 2023");
    await expect(ponta).toContainText("Blog post 「PontaポイントからJALのマイル交換で20%のレートアップキャンペーンを実施");
    await ponta.getByRole("link", { name: "Calculate for a day in this campaign" }).click();
    await expect(page.getByTestId("total-miles")).toHaveText("6,000 miles");
  });

  test("in Japanese", async ({ page }) => {
    await page.goto("/convert?lang=ja&mode=quote&route=ponta-jal&points=10001&date=2023-07-15&entry=0&eligible=1");
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ponta・永久不滅ポイントをJALマイルに");
    await expect(page.getByTestId("total-miles")).toHaveText("6,000マイル");
    await expect(page.getByTestId("campaign-outcome")).toContainText("キャンペーン適用");
    await expect(page.getByTestId("convert-plot").locator("svg:visible")).toBeVisible();
  });

  test("in Japanese, a bad amount is flagged in Japanese next to its field", async ({ page }) => {
    await page.goto("/convert?lang=ja");
    const points = page.getByLabel("交換するポイント数");
    await points.fill("-5");
    await page.getByRole("button", { name: "計算する" }).click();
    await expect(points).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#convert-points-error")).toHaveText("0〜100,000,000の整数（ポイント）で入力してください。");
    // Not the API's English message.
    await expect(page.getByText("Points cannot be negative.")).toHaveCount(0);
    await expect(page.getByRole("alert").filter({ hasText: "赤く表示された項目を確認してください。" })).toBeVisible();
  });
});
