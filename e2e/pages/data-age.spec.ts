// Issue 15 as a new user sees it, in English and Japanese: /safety opens on 2026 with the
// published ranks; /cards compares at least four presets with today's terms; /convert's
// calendar says plainly that no campaign is known since 2023 and shows the usual pattern
// as a pattern; a stale dataset (the Avios plans, last confirmed 2024) shows its warning;
// every calculator shows when its numbers were checked (/admin/data-health: see
// admin-data-health.spec.ts). Screenshots go to .tmp/data-age-shots/ to be looked at.
import { expect, test, type Page } from "@playwright/test";
import { requestToDraft, serializeItinerary } from "@/lib/awards/url";

test.setTimeout(180_000);

const shot = (page: Page, name: string) => page.screenshot({ path: `.tmp/data-age-shots/${name}.png`, fullPage: false });

async function open(page: Page, url: string) {
  await page.goto(url, { timeout: 120_000 });
  await page.waitForLoadState("networkidle", { timeout: 120_000 });
}

test.describe("current data and its age", () => {
  for (const lang of ["en", "ja"] as const) {
    test(`/safety shows 2026 by default, with ranks, and explains them (${lang})`, async ({ page }) => {
      await open(page, `/safety?lang=${lang}`);
      await expect(page.getByRole("heading", { level: 2, name: lang === "ja" ? /2026/ : "Ratings for 2026" })).toBeVisible();
      const first = page.getByTestId("safety-table").locator("tbody tr").first();
      await expect(first).toHaveAttribute("data-code", "EY");
      await expect(first.locator('[data-col="rank"]')).toHaveText(lang === "ja" ? "1位" : "No. 1");
      const ana = page.getByTestId("safety-table").locator('tbody tr[data-code="NH"]');
      await expect(ana.locator('[data-col="rank"]')).toHaveText(lang === "ja" ? "14位" : "No. 14");
      await expect(ana).toContainText(lang === "ja" ? "星の数は未公表" : "Stars not published");
      await expect(page.getByRole("heading", { name: lang === "ja" ? "順位の意味" : "What the rank means" })).toBeVisible();
      await expect(page.getByTestId("data-age")).toHaveAttribute("data-stale", "false");
      await expect(page.getByTestId("data-age")).toContainText(lang === "ja" ? "確認済み" : "Checked on");
      await shot(page, `safety-${lang}`);
      await page.setViewportSize({ width: 390, height: 844 });
      await shot(page, `safety-${lang}-phone`);
    });

    test(`/cards compares at least four presets with today's terms (${lang})`, async ({ page }) => {
      await open(page, `/cards?lang=${lang}`);
      await expect(page.getByTestId("data-age")).toHaveAttribute("data-stale", "false");
      const body = page.locator("main");
      await expect(body).toContainText(lang === "ja" ? "JAL CLUB-Aゴールドカード" : "JAL CLUB-A Gold Card");
      await expect(body).toContainText(lang === "ja" ? "JALカード 普通カード" : "JAL Card (standard)");
      await expect(body).toContainText(lang === "ja" ? "JALカード プラチナ" : "JAL Card Platinum");
      await expect(body).toContainText(lang === "ja" ? "セゾンプラチナ・ビジネス" : "Saison Platinum Business");
      // Today's Saison terms: no fee halving; the uncertain 33,000-yen fee is said so.
      await expect(body).toContainText(lang === "ja" ? "年会費は不確かです" : "Annual fee uncertain");
      await shot(page, `cards-${lang}`);
    });

    test(`/convert says no campaign is known since 2023 and shows the usual pattern (${lang})`, async ({ page }) => {
      await open(page, `/convert?lang=${lang}`);
      const none = page.getByTestId("no-campaign-known");
      await expect(none).toBeVisible();
      await expect(none).toContainText(lang === "ja" ? "2023年7月以降" : "since July 2023");
      const pattern = page.getByTestId("campaign-pattern");
      await expect(pattern).toContainText(lang === "ja" ? "3月" : "March");
      await expect(pattern).toContainText(lang === "ja" ? "予定ではありません" : "not a schedule");
      await pattern.scrollIntoViewIfNeeded();
      await shot(page, `convert-${lang}`);
    });

    test(`a stale dataset shows its warning: the Avios plans (${lang})`, async ({ page }) => {
      await open(page, `/avios?lang=${lang}`);
      const age = page.getByTestId("data-age");
      await expect(age).toHaveAttribute("data-stale", "true");
      await expect(age).toContainText(lang === "ja" ? "古い可能性があります" : "May be out of date");
      await expect(page.locator("main")).toContainText(lang === "ja" ? "The British Airways Club" : "The British Airways Club");
      await shot(page, `avios-${lang}`);
    });

    test(`IHG, Avios and conversion values are shown in yen at the dated exchange rate (${lang})`, async ({ page }) => {
      await open(page, `/ihg?lang=${lang}`);
      const ihg = page.getByTestId("ihg-yen");
      await expect(ihg).toContainText("0.79");
      await expect(ihg).toContainText("157.5");
      await ihg.scrollIntoViewIfNeeded();
      await shot(page, `ihg-yen-${lang}`);
      await open(page, `/avios?lang=${lang}`);
      await expect(page.getByTestId("avios-yen")).toContainText("2.48");
      // A JAL mile at the stored 1.4 cents: about 2.2 yen, against 1 yen for each Ponta point spent.
      await open(page, `/convert?lang=${lang}`);
      await expect(page.getByTestId("convert-yen")).toContainText("1.4");
      await expect(page.getByTestId("convert-yen")).toContainText(/2\.2[01]/);
    });

    test(`every calculator page shows when its numbers were checked (${lang})`, async ({ page }) => {
      for (const path of ["/ihg", "/kiva"]) {
        await open(page, `${path}?lang=${lang}`);
        await expect(page.getByTestId("data-age")).toBeVisible();
      }
      await shot(page, `kiva-${lang}`);
    });
  }
});

// A blog reader sees the same "checked on" line (and warning) as a visitor of the full page.
test.describe("embeds say how old their numbers are", () => {
  for (const [path, stale] of [["/embed/ihg", "false"], ["/embed/convert", null], ["/embed/avios", "true"], ["/embed/safety", "false"], ["/embed/kiva", null], ["/embed/cards", "false"]] as const) {
    test(`${path} in Japanese`, async ({ page }) => {
      await open(page, `${path}?lang=ja`);
      const age = page.getByTestId("data-age");
      await expect(age).toBeVisible();
      await expect(age).toContainText(/確認|古い|未確認/);
      if (stale) await expect(age).toHaveAttribute("data-stale", stale);
    });
  }
});

// The award checker says how old the charts behind its prices are (all checked 2026-12-02).
test("/awards: the charts a quote priced with say when they were checked", async ({ page }) => {
  const trip = serializeItinerary(requestToDraft({ segments: [{ from: "HND", to: "HNL", carrier: "JL", cabin: "economy", departs: "2027-03-01T21:55", arrives: "2027-03-01T10:00" }] }));
  await open(page, `/awards?${trip}&lang=en`);
  const age = page.getByTestId("data-age");
  await expect(age).toHaveAttribute("data-stale", "false");
  await expect(age).toContainText("Checked on");
});
