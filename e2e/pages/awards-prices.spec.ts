// Issue 14's acceptance as a new traveller sees it, booked today: the NRT-HEL-LHR-HND
// business trip of March 2027 (JAL oneworld and Atmos priced, BA naming the one segment
// whose cell is unpublished, the cheapest plan, no internal identifiers); HND-HNL-HND on
// JAL (the JAL award's base miles); LHR-JFK on BA (off-peak and peak estimates with their
// ranges). In English and Japanese, with screenshots at desktop and phone sizes.
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { requestToDraft, serializeItinerary } from "@/lib/awards/url";

test.setTimeout(180_000);
const expect = baseExpect.configure({ timeout: 60_000 });

const q = (segments: { from: string; to: string; carrier: string; cabin: string; departs: string; arrives: string }[]) => serializeItinerary(requestToDraft({ segments }));

const EUROPE = q([
  { from: "NRT", to: "HEL", carrier: "AY", cabin: "business", departs: "2027-03-01T10:25", arrives: "2027-03-01T14:10" },
  { from: "HEL", to: "LHR", carrier: "AY", cabin: "business", departs: "2027-03-09T17:00", arrives: "2027-03-09T18:35" },
  { from: "LHR", to: "HND", carrier: "JL", cabin: "business", departs: "2027-03-12T19:00", arrives: "2027-03-13T17:00" },
]);
const HONOLULU = q([
  { from: "HND", to: "HNL", carrier: "JL", cabin: "business", departs: "2027-03-01T21:55", arrives: "2027-03-01T10:00" },
  { from: "HNL", to: "HND", carrier: "JL", cabin: "business", departs: "2027-03-08T13:00", arrives: "2027-03-09T16:30" },
]);
const NEW_YORK = q([{ from: "LHR", to: "JFK", carrier: "BA", cabin: "economy", departs: "2027-03-01T10:00", arrives: "2027-03-01T13:00" }]);

/** Words no traveller should read: internal keys, rule codes, document sections. */
const INTERNAL = /JAL jal|perSegment|multiCarrier|jal-cx|ba-operated|facts §|seed \d|\bjal\.carrier|oneworld\.carriers|partner\.notPartner|alaska\.|cathay\./;

const award = (page: Page, program: string, type: string) => page.getByTestId(`award-${program}-${type}`);

async function open(page: Page, url: string) {
  await page.goto(url, { timeout: 120_000 });
  await page.waitForLoadState("networkidle", { timeout: 120_000 });
}

async function shoot(page: Page, name: string) {
  for (const [w, h] of [[1280, 800], [390, 844]] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: `test-results/awards-prices/${name}-${w}.png`, fullPage: true });
  }
}

test.describe("award prices booked today (issue 14)", () => {
  test("NRT-HEL-LHR-HND business in March 2027, in English", async ({ page }) => {
    await open(page, `/awards?${EUROPE}&lang=en`);
    await expect(page.getByTestId("awards-best")).toContainText(/Booked on \d{4}-\d{2}-\d{2}/);
    await expect(award(page, "JAL", "oneworld")).toContainText("✓ Allowed");
    await expect(award(page, "JAL", "oneworld")).toContainText("JAL miles");
    await expect(award(page, "AS", "partner")).toContainText("✓ Allowed");
    await expect(award(page, "AS", "partner")).toContainText("150,000 Atmos points");
    await expect(award(page, "AS", "partner")).toContainText("partner booking fee");
    await expect(award(page, "BA", "perSegment")).toContainText("Price not known (see the note)");
    await expect(award(page, "BA", "perSegment")).toContainText("segment 3 (LHR-HND)");
    await expect(page.getByTestId("awards-best")).toContainText("Best award");
    await expect(page.locator("main")).not.toContainText(INTERNAL);
    await expect(page.locator("main")).not.toContainText("No award type of the chosen programs allows");
    await shoot(page, "europe-en");
  });

  test("the same trip in Japanese: no 料金なし, no English sentences in the table", async ({ page }) => {
    await open(page, `/awards?${EUROPE}&lang=ja`);
    await expect(page.getByTestId("awards-best")).toContainText("発券日");
    await expect(award(page, "AS", "partner")).toContainText("150,000 アトモスポイント");
    await expect(award(page, "AS", "partner")).toContainText("発券手数料");
    await expect(award(page, "BA", "perSegment")).toContainText("必要数不明(注記参照)");
    await expect(award(page, "BA", "perSegment")).toContainText("区間3 (LHR-HND)");
    await expect(page.locator("main")).not.toContainText("料金なし");
    await expect(page.locator("main")).not.toContainText(INTERNAL);
    await expect(page.getByTestId("awards-table")).not.toContainText(/No published price|Estimate:|Plus taxes/);
    await shoot(page, "europe-ja");
  });

  test("HND-HNL-HND on JAL: the JAL award's base miles, 2 x 43,000", async ({ page }) => {
    await open(page, `/awards?${HONOLULU}&lang=en`);
    await expect(award(page, "JAL", "jal")).toContainText("86,000 JAL miles");
    await expect(award(page, "JAL", "jal")).toContainText("published chart");
    await expect(award(page, "JAL", "jal")).toContainText("Award PLUS");
    await shoot(page, "honolulu-en");
    await open(page, `/awards?${HONOLULU}&lang=ja`);
    await expect(award(page, "JAL", "jal")).toContainText("86,000 JALマイル");
    await expect(award(page, "JAL", "jal")).toContainText("特典航空券PLUS");
  });

  test("LHR-JFK on BA booked today: off-peak and peak estimates with their ranges", async ({ page }) => {
    await open(page, `/awards?${NEW_YORK}&lang=en`);
    const ba = award(page, "BA", "perSegment");
    await expect(ba).toContainText("≈ 14,375 Avios");
    await expect(ba).toContainText("estimate, 14,000–14,750");
    await expect(ba).toContainText("off-peak ≈ 14,375 (14,000–14,750)");
    await expect(ba).toContainText("peak ≈ 22,125 (21,500–22,750)");
    await expect(ba).toContainText("confidence low");
    await shoot(page, "new-york-en");
    await open(page, `/awards?${NEW_YORK}&lang=ja`);
    await expect(award(page, "BA", "perSegment")).toContainText("約14,375 Avios");
    await expect(award(page, "BA", "perSegment")).toContainText("推定 14,000〜14,750");
    await expect(award(page, "BA", "perSegment")).toContainText("ピーク 約22,125");
    await shoot(page, "new-york-ja");
  });
});
