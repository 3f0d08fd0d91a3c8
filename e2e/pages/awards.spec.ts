// /awards as a new traveller uses it: build NRT-HEL-LHR on Finnair with two days in
// Helsinki using the airport and airline pickers and the keyboard, check it, see HEL as
// a stopover and which award tickets allow it, reload the shared address and get the
// same answer; reorder and remove segments; see errors next to their fields; Japanese.
import { expect, test, type Locator, type Page } from "@playwright/test";

// The first visit may compile the page on a dev server.
test.setTimeout(180_000);

/** The example link's trip (flown in 2027). */
const HELSINKI_QUERY = "s=NRT-HEL.AY.business.2027-06-01T10:25.2027-06-01T15:10~HEL-LHR.AY.business.2027-06-03T17:00.2027-06-03T18:35";
/** The trip as the tests type it (2024 dates); Check adds the booking date: the browser's today. */
const TYPED_QUERY = "s=NRT-HEL.AY.business.2024-06-01T10:25.2024-06-01T15:10~HEL-LHR.AY.business.2024-06-03T17:00.2024-06-03T18:35";
const typedUrl = (query: string) => new RegExp(`\\?${query.replace(/[.~]/g, "\\$&")}&asOf=\\d{4}-\\d{2}-\\d{2}$`);

/** Open a page and wait until it is interactive (the editor is a client component; a dev server hydrates slowly). */
async function open(page: Page, url: string) {
  await page.goto(url, { timeout: 120_000 });
  await page.waitForLoadState("networkidle", { timeout: 120_000 });
}

const segment = (page: Page, n: number) => page.getByRole("group", { name: `Segment ${n}`, exact: true });

/** Type into a picker, wait for the match, take it with Enter (the keyboard way). */
async function pick(combo: Locator, typed: string, option: RegExp) {
  await combo.click();
  await combo.pressSequentially(typed);
  await expect(combo.page().getByRole("option", { name: option }).first()).toBeVisible();
  await combo.press("Enter");
}

const award = (page: Page, program: string, type: string) => page.getByTestId(`award-${program}-${type}`);

/** What the NRT-HEL-LHR itinerary must show, before and after a reload. */
async function expectHelsinkiResults(page: Page) {
  const stop = page.getByTestId("stop-0");
  await expect(stop).toHaveAttribute("data-kind", "stopover");
  await expect(stop).toContainText("Stopover");
  await expect(stop).toContainText("HEL Helsinki");
  await expect(stop).toContainText("49.83 h");
  await expect(stop).toContainText("2 days 1 h 50 min");

  const flights = page.getByTestId("segments-table");
  await expect(flights.locator("tbody tr")).toHaveCount(2);
  await expect(flights.locator("tbody tr").nth(0)).toContainText("4,877");
  await expect(flights.locator("tbody tr").nth(1)).toContainText("1,151");
  // The operating carrier's safety badge for the latest year (2026: Finnair is not in the
  // published top 25, so no data), with its last known stars said with their year (2024: 7).
  const badge = flights.getByTestId("safety-badge-AY").first();
  await expect(badge).toHaveAttribute("aria-label", "AY safety rating 2026: No data; 2024: 7 of 7 stars");
  await expect(badge).toHaveText("No data · 2024: 7★");

  // BA prices each segment and allows the stop; a JAL award is JAL-only with no stopover.
  await expect(award(page, "BA", "perSegment")).toHaveAttribute("data-valid", "true");
  await expect(award(page, "BA", "perSegment")).toContainText("✓ Allowed");
  await expect(award(page, "BA", "perSegment")).toContainText("Avios");
  await expect(award(page, "AS", "partner")).toContainText("Best");
  await expect(award(page, "JAL", "jal")).toHaveAttribute("data-valid", "false");
  await expect(award(page, "JAL", "jal")).toContainText("a JAL award covers flights of JL only");
  // The rule's code is data for scripts, not words for people.
  await expect(award(page, "JAL", "jal").locator('[data-rule="jal.carrier"]')).toHaveCount(2);
  await expect(award(page, "JAL", "jal")).not.toContainText("jal.carrier");
  await expect(award(page, "JAL", "jal")).toContainText("A JAL award allows no stopovers: the stop at HEL (49.83 h) is one.");
  await expect(award(page, "JAL", "oneworld").locator('[data-rule="oneworld.carriers"]')).toHaveCount(1);
  await expect(award(page, "JAL", "oneworld")).toContainText("1 used; allowed: 7");
  // Every award type names its chart's source, or says none is stored.
  await expect(award(page, "JAL", "oneworld")).toContainText("Source:");
  await expect(page.getByTestId("awards-best")).toContainText("Atmos points");
}

test.describe("award ticket checker, as a new traveller", () => {
  test("builds NRT-HEL-LHR on Finnair with 2 days in Helsinki, sees the stopover and which awards allow it, and the shared address reopens it", async ({ page }) => {
    await open(page, "/awards");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Award ticket checker");
    await expect(page.getByTestId("awards-empty")).toContainText("NRT-HEL-LHR with 2 days in Helsinki");

    const first = segment(page, 1);
    await pick(first.getByRole("combobox", { name: "From" }), "nrt", /^NRT /);
    await expect(first.getByRole("combobox", { name: "From" })).toHaveValue(/^NRT · /);
    // By city name, in English.
    await pick(first.getByRole("combobox", { name: "To" }), "Helsinki", /^HEL /);
    await pick(first.getByRole("combobox", { name: "Operating airline" }), "finnair", /^AY /);
    await first.getByLabel("Cabin").selectOption({ label: "Business" });
    await first.getByLabel("Departs").fill("2024-06-01T10:25");
    await first.getByLabel("Arrives").fill("2024-06-01T15:10");

    await page.getByRole("button", { name: "Add segment" }).press("Enter");
    const second = segment(page, 2);
    // The new segment starts where the last one ended, on the same airline and cabin; focus is on "To".
    await expect(second.getByRole("combobox", { name: "From" })).toHaveValue("HEL · Helsinki");
    await expect(second.getByRole("combobox", { name: "Operating airline" })).toHaveValue("AY · Finnair");
    await expect(second.getByLabel("Cabin")).toHaveValue("business");
    const to = second.getByRole("combobox", { name: "To" });
    await expect(to).toBeFocused();
    await page.keyboard.type("lhr");
    await expect(page.getByRole("option", { name: /^LHR / })).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(to).toHaveValue(/^LHR · London/);
    await second.getByLabel("Departs").fill("2024-06-03T17:00");
    await second.getByLabel("Arrives").fill("2024-06-03T18:35");
    await second.getByLabel("Arrives").press("Enter"); // Enter checks

    await expect(page).toHaveURL(typedUrl(TYPED_QUERY), { timeout: 60_000 });
    await expectHelsinkiResults(page);
    await expect(page.getByRole("heading", { name: "Results" })).toBeFocused();

    // The address is the whole plan: a reload (or a shared link) gives the same result.
    await page.reload();
    await expectHelsinkiResults(page);
    await expect(segment(page, 2).getByRole("combobox", { name: "To" })).toHaveValue("LHR · London");
    await expect(segment(page, 1).getByLabel("Departs")).toHaveValue("2024-06-01T10:25");
  });

  test("reorders and removes segments with the keyboard; a server error shows next to its field", async ({ page }) => {
    await open(page, `/awards?${TYPED_QUERY}`);
    await page.getByRole("button", { name: "Add segment" }).click();
    const third = segment(page, 3);
    await expect(third.getByRole("combobox", { name: "From" })).toHaveValue("LHR · London");
    await pick(third.getByRole("combobox", { name: "To" }), "JFK", /^JFK /);
    await pick(third.getByRole("combobox", { name: "Operating airline" }), "ba", /^BA /);
    await third.getByLabel("Cabin").selectOption("economy");
    await third.getByLabel("Departs").fill("2024-06-10T10:00");
    await third.getByLabel("Arrives").fill("2024-06-10T13:00");

    // Move LHR-JFK up: focus stays on the moved segment's button.
    await page.getByRole("button", { name: "Move segment 3 up" }).focus();
    await page.keyboard.press("Enter");
    await expect(segment(page, 2).getByRole("combobox", { name: "From" })).toHaveValue("LHR · London");
    await expect(page.getByRole("button", { name: "Move segment 2 up" })).toBeFocused();
    // The results still show the address's plan until the new one is checked.
    await expect(page.getByTestId("awards-results")).toContainText("press Check to see your changes");
    await page.getByRole("button", { name: "Check" }).click();

    // HEL-LHR now leaves on 3 June, before LHR-JFK lands on 10 June: the server says so at segments.2.departs.
    await expect(page).toHaveURL(/~LHR-JFK\.BA\.economy\.2024-06-10T10:00\.2024-06-10T13:00~HEL-LHR/, { timeout: 60_000 });
    const departs = segment(page, 3).getByLabel("Departs");
    await expect(departs).toHaveAttribute("aria-invalid", "true");
    await expect(segment(page, 3)).toContainText("Segment 3 (HEL-LHR) departs before segment 2 arrives.");
    await expect(departs).toBeFocused();
    await expect(page.getByRole("heading", { name: "The itinerary cannot be checked yet" })).toBeVisible();

    // Remove it again: back to the original plan.
    await page.getByRole("button", { name: "Remove segment 2" }).press("Enter");
    await expect(page.getByRole("group", { name: /^Segment \d+$/ })).toHaveCount(2);
    await page.getByRole("button", { name: "Check" }).press("Enter");
    await expect(page).toHaveURL(typedUrl(TYPED_QUERY), { timeout: 60_000 });
    await expectHelsinkiResults(page);
  });

  test("inline validation: empty fields, then an arrival before the departure in real time", async ({ page }) => {
    await open(page, "/awards");
    await page.getByRole("button", { name: "Check" }).click();
    const first = segment(page, 1);
    const from = first.getByRole("combobox", { name: "From" });
    await expect(from).toHaveAttribute("aria-invalid", "true");
    await expect(from).toBeFocused();
    await expect(first).toContainText("Choose an airport from the list, or type its 3-letter code.");
    await expect(page.getByRole("form", { name: "Itinerary" }).getByRole("alert")).toContainText("Please correct the marked fields.");
    await expect(page).toHaveURL(/\/awards$/);

    // Bare codes are enough: type and move on.
    await from.fill("nrt");
    await from.press("Tab");
    await first.getByRole("combobox", { name: "To" }).fill("hel");
    await first.getByRole("combobox", { name: "To" }).press("Tab");
    await first.getByRole("combobox", { name: "Operating airline" }).fill("ay");
    await first.getByRole("combobox", { name: "Operating airline" }).press("Tab");
    await first.getByLabel("Cabin").selectOption("economy");
    // 10:25 in Tokyo is 01:25 UTC; 03:00 in Helsinki is 00:00 UTC: earlier, although the clock reads later.
    await first.getByLabel("Departs").fill("2024-06-01T10:25");
    await first.getByLabel("Arrives").fill("2024-06-01T03:00");
    await page.getByRole("button", { name: "Check" }).click();

    const arrives = segment(page, 1).getByLabel("Arrives");
    await expect(arrives).toHaveAttribute("aria-invalid", "true", { timeout: 60_000 });
    // Times as people read them, not "2024-06-01T03:00 Europe/Helsinki".
    await expect(segment(page, 1)).toContainText("arrives 1 Jun 2024, 03:00 (local time in Helsinki), not after it departs 1 Jun 2024, 10:25 (local time in Narita)");
    await expect(segment(page, 1)).not.toContainText("Europe/Helsinki");
    await expect(segment(page, 1).getByRole("combobox", { name: "From" })).toHaveValue(/^NRT · /);
  });

  test("the example link shows what the checker does", async ({ page }) => {
    await open(page, "/awards");
    await page.getByRole("link", { name: "NRT-HEL-LHR with 2 days in Helsinki (Finnair, business)" }).click();
    await expect(page).toHaveURL(new RegExp(`\\?${HELSINKI_QUERY.replace(/[.~]/g, "\\$&")}$`), { timeout: 60_000 });
    await expectHelsinkiResults(page);
  });

  test("in Japanese: search ヘルシンキ, stop kinds and rule violations in Japanese", async ({ page }) => {
    await open(page, `/awards?lang=ja&${HELSINKI_QUERY}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("特典航空券チェッカー");
    await expect(page.getByTestId("stop-0")).toContainText("途中降機");
    await expect(page.getByTestId("stop-0")).toContainText("49.83時間");
    await expect(award(page, "JAL", "jal")).toContainText("JAL特典航空券はJLの便のみ利用できます");
    await expect(award(page, "BA", "perSegment")).toContainText("✓ 発券可");
    const to = page.getByRole("group", { name: "区間1" }).getByRole("combobox", { name: "到着地" });
    await to.click();
    await to.pressSequentially("ヘルシンキ");
    await expect(page.getByRole("option", { name: /^HEL ヘルシンキ・ヴァンター空港/ })).toBeVisible();
  });
});

test("with no itinerary in the address, an edit does not claim the results are 'for the itinerary in the address'", async ({ page }) => {
  await page.goto("/awards", { timeout: 90_000 });
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Departs").first().fill("2027-03-09T10:00");
  const results = page.getByTestId("awards-results");
  await expect(results).toContainText("Press Check to see which award tickets allow the flights you entered.");
  await expect(results).not.toContainText("itinerary in the address");
});
