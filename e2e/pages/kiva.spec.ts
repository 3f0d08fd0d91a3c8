// /kiva as a new visitor: simulate, read the cost per mile, keep a loan log in the
// browser (add, reload, edit, remove, export and import), in English and Japanese.
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";

test.describe.configure({ timeout: 120_000 });

async function open(page: Page, path = "/kiva") {
  await page.goto(path, { timeout: 90_000 });
  await expect(page.getByRole("heading", { level: 1, name: "Kiva loans for miles" })).toBeVisible();
  await hydrated(page);
}

/** Waits until React has attached to the form, so a click runs the page's own code. */
async function hydrated(page: Page) {
  await page.waitForFunction(() => {
    const form = document.querySelector("form.calc");
    return !!form && Object.keys(form).some((key) => key.startsWith("__react"));
  });
}

const logTable = (page: Page) => page.getByTestId("loan-log-table");

test.describe("/kiva simulation", () => {
  test("shows the seed example's answer at once, then simulates a single 30 USD loan", async ({ page }) => {
    await open(page);
    const result = page.getByTestId("kiva-result");
    // Defaults: two 30 USD loans over 8 months, relent for a year, 96% repayment.
    await expect(page.getByLabel("Amount of each loan (USD)")).toHaveValue("30");
    await expect(page.getByLabel("Repayment term (months)")).toHaveValue("8");
    await expect(result.getByTestId("kiva-cost-per-mile")).toContainText("yen per mile");
    await expect(result.getByTestId("kiva-miles")).toHaveText("235 miles");
    await expect(page.getByTestId("kiva-plot-money")).toBeVisible();
    await expect(page.getByTestId("kiva-plot-miles")).toBeVisible();

    await page.getByLabel("Loans in the first month").fill("1");
    await page.getByLabel("Expected repayment rate (%)").fill("100");
    await page.getByLabel("Lend repayments again").uncheck();
    await page.getByRole("button", { name: "Calculate" }).click();

    // 30 USD = 4,727 yen -> 47 miles; the only cost is 1.63% conversion: 77.06 yen / 47 = 1.64.
    await expect(result.getByTestId("kiva-miles")).toHaveText("47 miles");
    await expect(result.getByTestId("kiva-cost-per-mile")).toHaveText("1.64 yen per mile");
    await expect(result.getByTestId("kiva-loss")).toHaveText("0.00 USD");
    await expect(result.getByTestId("kiva-lent")).toHaveText("30.00 USD");
    await expect(page.getByTestId("kiva-schedule").locator("tbody tr")).toHaveCount(12);
    await expect(page).toHaveURL(/loans=1/);
    await expect(page).toHaveURL(/relend=false/);

    // The URL carries the inputs: a reload (or a shared link) shows the same answer.
    await page.reload();
    await expect(page.getByTestId("kiva-cost-per-mile")).toHaveText("1.64 yen per mile");
    await expect(page.getByLabel("Lend repayments again")).not.toBeChecked();
  });

  test("100 loans a month relent for 10 years: the loan count is a number (1,000+), never NaN", async ({ page }) => {
    await open(page);
    await page.getByLabel("Loans in the first month").fill("100");
    await page.getByLabel("Years to simulate").fill("10");
    await page.getByRole("button", { name: "Calculate" }).click();
    const detail = page.getByTestId("kiva-lent-detail");
    await expect(detail).toContainText(/^\d{1,3}(,\d{3})+ loans charged to the card/);
    await expect(detail).not.toContainText("NaN");
  });

  test("a repayment rate below 100% shows the expected loss", async ({ page }) => {
    await open(page, "/kiva?loanUsd=30&loans=2&termMonths=8&milesPerJpy=0.01&fxCostPercent=1.6&usdJpy=157.58&repaymentRate=0.96&years=1&relend=false");
    await expect(page.getByTestId("kiva-loss")).toHaveText("2.40 USD");
    await expect(page.getByTestId("kiva-cost-per-mile")).toHaveText("5.63 yen per mile");
  });

  test("a card rate per US dollar can be chosen instead of per 100 yen", async ({ page }) => {
    await open(page);
    await page.getByLabel("The card earns miles").selectOption("usd");
    await page.getByLabel("Miles per US dollar").fill("1.5");
    await page.getByLabel("Loans in the first month").fill("1");
    await page.getByLabel("Lend repayments again").uncheck();
    await page.getByRole("button", { name: "Calculate" }).click();
    await expect(page.getByTestId("kiva-miles")).toHaveText("45 miles");
    await expect(page).toHaveURL(/milesPerUsd=1.5/);
    await expect(page).not.toHaveURL(/milesPerJpy/);
  });

  test("bad input is shown next to its field, and the page keeps working", async ({ page }) => {
    await open(page);
    const amount = page.getByLabel("Amount of each loan (USD)");
    await amount.fill("24");
    await page.getByLabel("Years to simulate").fill("");
    await page.getByRole("button", { name: "Calculate" }).click();
    await expect(amount).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Enter a whole number of US dollars from 25 to 10,000.")).toBeVisible();
    await expect(page.getByText("Enter a whole number of years from 1 to 10.")).toBeVisible();
    await amount.fill("25");
    await page.getByLabel("Years to simulate").fill("2");
    await page.getByRole("button", { name: "Calculate" }).click();
    await expect(amount).not.toHaveAttribute("aria-invalid", "true");
    await expect(page.getByTestId("kiva-schedule").locator("tbody tr")).toHaveCount(24);
  });
});

test.describe("/kiva loan log", () => {
  test("a new user adds a loan, reloads and finds it still there, edits and removes it", async ({ page }) => {
    await open(page);
    await expect(page.getByText("No loans yet.")).toBeVisible();

    await page.getByLabel("Loan number", { exact: true }).fill("2705613");
    await page.getByLabel("Country", { exact: true }).fill("Philippines");
    await page.getByLabel("Field partner").fill("Negros Women for Tomorrow Foundation");
    await page.getByLabel("Term (months)", { exact: true }).fill("8");
    await page.getByLabel("Amount (USD)", { exact: true }).fill("30");
    await page.getByLabel("Lent in (month)").fill("2024-01");
    await page.getByRole("button", { name: "Add loan" }).click();
    await expect(page.getByText("Loan 2705613 added.")).toBeVisible();
    await expect(logTable(page).getByRole("row", { name: /2705613/ })).toContainText("Philippines");

    await page.reload();
    const row = logTable(page).getByRole("row", { name: /2705613/ });
    await expect(row).toContainText("Negros Women for Tomorrow Foundation");
    await expect(page.getByTestId("loan-log-summary")).toContainText("30.00 USD");

    // "Repaid so far" edited in place, kept across a reload.
    const repaid = page.getByLabel("Repaid so far on loan 2705613 (USD)");
    await repaid.fill("3.75");
    await repaid.press("Enter");
    await expect(page.getByText("Repaid amount of loan 2705613 saved.")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Repaid so far on loan 2705613 (USD)")).toHaveValue("3.75");
    await expect(page.getByTestId("loan-log-summary")).toContainText("26.25 USD");

    // More than the loan is refused inline.
    await page.getByLabel("Repaid so far on loan 2705613 (USD)").fill("31");
    await page.getByLabel("Repaid so far on loan 2705613 (USD)").press("Enter");
    await expect(page.getByText("Enter 0 to 30 USD, with at most 2 decimals.")).toBeVisible();

    await page.getByRole("button", { name: "Remove loan 2705613" }).click();
    await expect(page.getByText("No loans yet.")).toBeVisible();
    await page.reload();
    await expect(page.getByText("No loans yet.")).toBeVisible();
  });

  test("the add form validates inline and refuses a loan number already in the log", async ({ page }) => {
    await open(page);
    await page.getByRole("button", { name: "Add the example loans (January 2024)" }).click();
    await expect(logTable(page).locator("tbody tr")).toHaveCount(2);
    await expect(page.getByTestId("loan-log-summary")).toContainText("60.00 USD");

    await page.getByRole("button", { name: "Add loan" }).click();
    await expect(page.getByLabel("Loan number", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Enter the country (up to 80 characters).")).toBeVisible();

    await page.getByLabel("Loan number", { exact: true }).fill("2707642");
    await page.getByLabel("Country", { exact: true }).fill("Nicaragua");
    await page.getByLabel("Field partner").fill("FUNDENUSE");
    await page.getByLabel("Lent in (month)").fill("2024-01");
    await page.getByRole("button", { name: "Add loan" }).click();
    await expect(page.getByText("This loan number is already in your log.")).toBeVisible();
    await expect(logTable(page).locator("tbody tr")).toHaveCount(2);
  });

  test("export and import round trip; a bad file lists its problems and replaces nothing", async ({ page }, testInfo) => {
    await open(page);
    await page.getByRole("button", { name: "Add the example loans (January 2024)" }).click();
    await expect(logTable(page).locator("tbody tr")).toHaveCount(2);

    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export as a file" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^kiva-loan-log-\d{4}-\d{2}-\d{2}\.json$/);
    const file = testInfo.outputPath("log.json");
    await download.saveAs(file);
    const exported = JSON.parse(await readFile(file, "utf8"));
    expect(exported.version).toBe(1);
    expect(exported.loans.map((l: { loanNumber: number }) => l.loanNumber)).toEqual([2705613, 2707642]);

    // Empty the log, then bring it back from the file.
    await page.getByRole("button", { name: "Remove loan 2705613" }).click();
    await page.getByRole("button", { name: "Remove loan 2707642" }).click();
    await expect(page.getByText("No loans yet.")).toBeVisible();
    await page.getByLabel("Import a loan log file").setInputFiles(file);
    await expect(page.getByText(/Imported 2 loans from log\.json/)).toBeVisible();
    await expect(logTable(page).locator("tbody tr")).toHaveCount(2);

    // A damaged file: every problem listed, the log untouched.
    const bad = { version: 1, loans: [{ ...exported.loans[0], country: "", startMonth: "2024-13" }] };
    await page.getByLabel("Import a loan log file").setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(bad)) });
    const errors = page.getByTestId("loan-log-import-errors");
    await expect(errors).toContainText("The file was not imported: 2 problems found.");
    await expect(errors).toContainText("Loan 1 in the file: Country: Enter the country");
    await expect(errors).toContainText("Loan 1 in the file: Lent in (month): Enter the month as YYYY-MM");
    await expect(errors).not.toContainText("loans.0");
    await page.getByLabel("Import a loan log file").setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("not json") });
    await expect(errors).toContainText("not valid JSON");
    await page.reload();
    await expect(logTable(page).locator("tbody tr")).toHaveCount(2);
  });

  test("a damaged store shows a message instead of crashing, and can be started over", async ({ page }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem("tabiji.kiva.loanLog.v1", '{"version":1,"loans":[{"loanNumber":"oops"}]}');
        sessionStorage.setItem("seeded", "1");
      }
    });
    await open(page);
    await expect(page.getByTestId("loan-log-corrupt")).toContainText("could not be read");
    await expect(page.getByTestId("kiva-cost-per-mile")).toBeVisible();
    await page.getByRole("button", { name: "Start a new, empty log" }).click();
    await expect(page.getByTestId("loan-log-corrupt")).toHaveCount(0);
    await page.reload();
    await expect(page.getByText("No loans yet.")).toBeVisible();
  });
});

test("the form works without JavaScript: the server answers from the submitted query", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "en-US" });
  const page = await context.newPage();
  await page.goto("/kiva", { timeout: 90_000 });
  await page.getByLabel("Loans in the first month").fill("1");
  await page.getByLabel("Expected repayment rate (%)").fill("100");
  await page.getByLabel("Lend repayments again").uncheck();
  await page.getByRole("button", { name: "Calculate" }).click();
  await expect(page.getByTestId("kiva-miles")).toHaveText("47 miles");
  await expect(page.getByTestId("kiva-cost-per-mile")).toHaveText("1.64 yen per mile");
  await expect(page.getByLabel("Lend repayments again")).not.toBeChecked();
  await context.close();
});

test("in Japanese, a bad import file is explained in Japanese, with no English schema messages", async ({ page }) => {
  await page.goto("/kiva?lang=ja", { timeout: 90_000 });
  await hydrated(page);
  await page.getByLabel("融資記録のファイルを読み込む").setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ version: 1, loans: [{ loanNumber: 1, country: "" }] })) });
  const errors = page.getByTestId("loan-log-import-errors");
  await expect(errors).toContainText("1件目の融資");
  await expect(errors).not.toContainText(/[a-z]{4,}/);
});

test("in Japanese, on a phone, without horizontal scrolling", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "en-US" });
  const page = await context.newPage();
  await page.goto("/kiva?lang=ja", { timeout: 90_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kiva融資でマイルを貯める");
  await expect(page.getByTestId("kiva-cost-per-mile")).toContainText("円/マイル");
  await expect(page.getByRole("button", { name: "計算する" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "融資の記録" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});
