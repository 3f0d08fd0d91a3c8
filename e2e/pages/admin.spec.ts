// The admin area as an admin uses it: sign in, publish a new BA chart version effective
// from a future date, see the award checker price a trip before that date with the old
// chart and after it with the new one, roll back, and find sign-in, publish and
// rollback in the audit trail. Also: every CSV problem listed in the page, sign-out,
// and the Japanese sign-in page; a CSV import rolled back from the audit trail (by
// keyboard); failed sign-ins on the audit trail; CSV problems in Japanese.
//
// Tagged @pg: npm test runs these against a PostgreSQL-backed server too. Nothing here
// depends on another spec or on SQLite: each run makes its own admins (global setup), a
// date and names of its own, and puts back what it changes (rollback).
import { expect, test, type Page } from "@playwright/test";

test.setTimeout(300_000);

const KEY = "ba.perSegment.ba-operated";

function pagesAdmin() {
  if (process.env.TABIJI_E2E_ADMIN_SETUP_ERROR) throw new Error(process.env.TABIJI_E2E_ADMIN_SETUP_ERROR);
  const email = process.env.TABIJI_E2E_ADMIN_PAGES_EMAIL;
  const password = process.env.TABIJI_E2E_ADMIN_PAGES_PASSWORD;
  if (!email || !password) throw new Error("e2e/global-setup.ts did not create the admin accounts");
  return { email, password };
}

async function open(page: Page, url: string) {
  await page.goto(url, { timeout: 120_000 });
  await page.waitForLoadState("networkidle", { timeout: 120_000 });
}

async function signIn(page: Page, lang: "en" | "ja" = "en") {
  const { email, password } = pagesAdmin();
  await open(page, `/admin/sign-in${lang === "ja" ? "?lang=ja" : ""}`);
  await page.getByLabel(lang === "ja" ? "メールアドレス" : "Email address").fill(email);
  await page.getByLabel(lang === "ja" ? "パスワード" : "Password").fill(password);
  await page.getByRole("button", { name: lang === "ja" ? "ログイン" : "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/, { timeout: 120_000 });
  await expect(page.getByText(lang === "ja" ? `${email} でログイン中` : `Signed in as ${email}`)).toBeVisible();
}

/** A future date of its own for each run, so runs on a shared database do not collide. */
function futureDay(): string {
  const d = new Date(Date.UTC(2031, 0, 1) + Math.floor(Math.random() * 3000) * 86_400_000);
  return d.toISOString().slice(0, 10);
}
const plusDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The BA per-segment price the award checker shows for London-New York in economy on `day`. */
async function checkerPrice(page: Page, day: string) {
  // Booked on `day` (the booking date picks the chart), flying two weeks later.
  const fly = plusDays(day, 14);
  await open(page, `/awards?s=LHR-JFK.BA.economy.${fly}T11:00.${fly}T14:00&p=BA&asOf=${day}`);
  return page.getByTestId("award-BA-perSegment");
}

test.describe("the admin area @pg", () => {
  test("publish a BA chart from a future date, price trips either side of it, roll back, see it all audited", async ({ page }) => {
    const from = futureDay();
    await signIn(page);
    await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Award charts" }).click();
    await page.getByRole("link", { name: "BA Avios, BA-operated flights (one way, per segment)" }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/charts/${KEY.replace(/\./g, "\\.")}$`));
    await page.waitForLoadState("networkidle");

    // The editor starts from the rows in force today: since 2025-12-15 an estimate (13,000
    // raised by 8-14%: 14,000-14,750). A published figure arrives: zone 5 economy off-peak
    // becomes a chart cell of 15,000.
    const csv = page.getByLabel("Rows (CSV)");
    const current = await csv.inputValue();
    const zone5 = current.split("\n").find((line) => line.startsWith("5,,3001,4000,economy,offpeak,"));
    expect(zone5).toMatch(/^5,,3001,4000,economy,offpeak,14375,estimate,14000,14750,/);
    const withZone5 = (row: string) => current.replace(zone5!, row);
    await page.getByLabel("Effective from").fill(from);
    await page.getByLabel("Source", { exact: true }).fill("ba.com Avios chart (e2e test)");
    await page.getByLabel("Confidence").selectOption("H");

    // First a broken file: every problem is listed and nothing can be published.
    await csv.fill(withZone5("5,,3001,4000,economy,offpeak,-13000,chart,,,").replace("2,,651,1151,economy,peak", "2,,600,1151,economy,peak"));
    await page.getByRole("button", { name: "Check and preview" }).click();
    const issues = page.getByTestId("issues");
    await expect(issues).toContainText("2 problems: nothing was saved.");
    await expect(issues.getByRole("row", { name: /price.*-13000 is below the minimum 0/ })).toBeVisible();
    await expect(issues.getByRole("row", { name: /minMiles.*overlaps the band 1-650/ })).toBeVisible();
    await expect(page.getByRole("button", { name: /^Publish from/ })).toHaveCount(0);

    await csv.fill(withZone5("5,,3001,4000,economy,offpeak,15000,chart,,,"));
    await page.getByRole("button", { name: "Check and preview" }).click();
    const diff = page.getByTestId("chart-diff");
    await expect(diff).toContainText("1 changed, 0 added, 0 removed");
    await expect(diff.getByRole("row", { name: /changed 3,001-4,000 economy offpeak.*14,375.*15,000/ })).toBeVisible();
    await page.getByRole("button", { name: `Publish from ${from}` }).click();
    await expect(page.getByText(new RegExp(`Version \\d+ is published and in force from ${from}`))).toBeVisible();
    const versions = page.getByTestId("chart-versions");
    await expect(versions.getByRole("row", { name: new RegExp(`${from} → …`) })).toBeVisible();

    // The checker: booked before the date the estimate (or, in 2025, the old chart), from the date the new cell.
    await expect(await checkerPrice(page, "2025-06-01")).toContainText("13,000 Avios");
    await expect(await checkerPrice(page, plusDays(from, 30))).toContainText("15,000 Avios");
    await expect(await checkerPrice(page, plusDays(from, -1))).not.toContainText("15,000");

    // Roll back: the new version is retired, the trip after the date loses the new price.
    await open(page, `/admin/charts/${KEY}`);
    await page.getByRole("button", { name: /^Roll back version \d+…$/ }).click();
    await page.getByRole("button", { name: /^Yes, roll back version \d+$/ }).click();
    await expect(page.getByText(/^Version \d+ is rolled back\.$/)).toBeVisible();
    await expect(page.getByTestId("chart-versions").getByRole("row", { name: new RegExp(`${from} → … Retired`) })).toBeVisible();
    await expect(await checkerPrice(page, plusDays(from, 30))).not.toContainText("15,000");
    await expect(await checkerPrice(page, "2025-06-01")).toContainText("13,000 Avios");

    // The audit trail: this admin's sign-in, publish and rollback, newest first.
    await open(page, "/admin/audit");
    const { email } = pagesAdmin();
    const rows = page.getByTestId("audit-table").getByRole("row").filter({ hasText: email });
    await expect(rows.nth(0)).toContainText("Rolled back a chart version");
    await expect(rows.nth(0)).toContainText(KEY);
    await expect(rows.nth(1)).toContainText("Published a chart version");
    await expect(rows.nth(1)).toContainText(KEY);
    await expect(rows.nth(2)).toContainText("Signed in");
    // Before and after are there to read.
    await rows.nth(1).getByText("Before and after").click();
    await expect(rows.nth(1)).toContainText(`"effectiveFrom": "${from}"`);
  });

  test("sign-out ends the session: the admin pages are a 404 again", async ({ page }) => {
    await signIn(page);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/admin\/sign-in$/);
    const res = await page.goto("/admin", { timeout: 120_000 });
    expect(res?.status()).toBe(404);
  });

  test("a wrong password is refused in the form, next to the fields", async ({ page }) => {
    await open(page, "/admin/sign-in");
    await page.getByLabel("Email address").fill(`nobody-${Date.now()}@tabiji.test`);
    await page.getByLabel("Password").fill("not-the-password-123");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("#admin-sign-in-error")).toHaveText("The email address or the password is wrong.");
    await expect(page.getByRole("alert").filter({ hasText: "wrong" })).toBeVisible();
    await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
  });

  test("an empty sign-in asks for both fields instead of saying 'wrong password'", async ({ page }) => {
    await open(page, "/admin/sign-in");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("#admin-sign-in-error")).toHaveText("Enter both your email address and your password.");
  });

  test("Japanese: the sign-in page", async ({ page }) => {
    await open(page, "/admin/sign-in?lang=ja");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("管理者ログイン");
    await expect(page.getByLabel("メールアドレス")).toBeVisible();
    await expect(page.getByRole("button", { name: "ログイン" })).toBeVisible();
  });

  const AVIOS_HEADER = "name,effectiveFrom,monthlyUsdCents,yearlyUsdCents,aviosPerMonth,aviosPerYear,source,confidence";

  test("a CSV import is undone from the audit trail, by keyboard: the table is as before, and both steps are audited", async ({ page }) => {
    const from = futureDay();
    const name = `E2E plan ${from}`;
    await signIn(page);
    await open(page, "/admin/tables/avios-plans");
    const count = page.getByText(/^\d+ rows? stored/);
    const before = (await count.textContent())!;
    await page.getByLabel("CSV file", { exact: true }).fill(`${AVIOS_HEADER}\n${name},${from},3100,33000,1667,20000,ba.com (e2e test),M\n`);
    await page.getByRole("button", { name: "Check" }).click();
    await expect(page.getByTestId("import-preview")).toContainText("1 new, 0 changed, 0 unchanged.");
    await page.getByRole("button", { name: "Import 1 change" }).click();
    await expect(page.getByText("Imported: 1 new, 0 changed, 0 unchanged.")).toBeVisible();
    await expect(count).not.toHaveText(before);

    // From the table's page to its history, and the rollback with the keyboard only.
    await page.getByRole("link", { name: /Imports of this table in the audit trail/ }).click();
    await page.waitForLoadState("networkidle");
    const row = page.getByTestId("audit-table").getByRole("row").filter({ hasText: "Imported a CSV" }).filter({ hasText: name }).first();
    await row.getByRole("button", { name: /^Roll back import \d+…$/ }).focus();
    await page.keyboard.press("Enter");
    // The confirmation takes the focus: Enter again confirms.
    await expect(row.getByRole("button", { name: /^Yes, roll back import \d+$/ })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByText(/^Import \d+ is rolled back\.$/)).toBeVisible();
    await expect(page.getByTestId("audit-table").getByRole("row").filter({ hasText: "Imported a CSV" }).filter({ hasText: name }).first()).toContainText(/Rolled back \(entry \d+\)/);
    const { email } = pagesAdmin();
    await expect(page.getByTestId("audit-table").getByRole("row").filter({ hasText: email }).first()).toContainText("Rolled back an import");

    await open(page, "/admin/tables/avios-plans");
    await expect(count).toHaveText(before);
  });

  test("CSV problems are listed in Japanese on a Japanese page", async ({ page }) => {
    await signIn(page, "ja");
    await open(page, "/admin/tables/avios-plans?lang=ja");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Aviosサブスクリプションプラン");
    await page.getByLabel("CSVファイル", { exact: true }).fill(`${AVIOS_HEADER.replace("source", "src")}\nE2E,2031/01/01,-5,33000,1667,20000,x,M\n`);
    await page.getByRole("button", { name: "確認" }).click();
    const issues = page.getByTestId("issues");
    await expect(issues).toContainText("何も保存されていません");
    await expect(issues.getByRole("row", { name: /effectiveFrom.*「2031\/01\/01」はYYYY-MM-DD形式の日付ではありません。/ })).toBeVisible();
    await expect(issues.getByRole("row", { name: /monthlyUsdCents.*-5 は正の整数でなければなりません。/ })).toBeVisible();
    await expect(issues.getByRole("row", { name: /列「source」がありません。/ })).toBeVisible();
    await expect(issues).not.toContainText("is not a date");
  });

  test("a session that ended while a page was open: the next check says so, in words", async ({ page }) => {
    await signIn(page);
    await open(page, "/admin/tables/avios-plans");
    // Signed out elsewhere (the same cookie, another request): the session ends on the server.
    expect((await page.request.post("/api/admin/sign-out", { data: {}, timeout: 120_000 })).status()).toBe(200);
    await page.getByLabel("CSV file", { exact: true }).fill(`${AVIOS_HEADER}\nX,2031-01-01,1,1,1,1,x,M\n`);
    await page.getByRole("button", { name: "Check" }).click();
    await expect(page.getByTestId("issues")).toContainText("Your session has ended: sign in again, then retry.");
  });

  test("a failed sign-in is on the audit trail with the name as typed and the client, never the password", async ({ page }) => {
    const typed = `Nobody-${Date.now()}@Tabiji.TEST`;
    const password = `not-the-password-${Date.now()}`;
    await open(page, "/admin/sign-in");
    // The keyboard only: type, Tab to the next field, Enter to send.
    await page.getByLabel("Email address").focus();
    await page.keyboard.type(typed);
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("Password")).toBeFocused();
    await page.keyboard.type(password);
    await page.keyboard.press("Enter");
    await expect(page.locator("#admin-sign-in-error")).toHaveText("The email address or the password is wrong.");
    await signIn(page);
    await open(page, "/admin/audit?entity=AdminSession");
    const row = page.getByTestId("audit-table").getByRole("row").filter({ hasText: typed });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("Failed sign-in");
    await expect(page.getByTestId("audit-table")).not.toContainText(password);
  });
});
