// /awards, Optimize view, as a new traveller: a five-flight trip (Tokyo-Honolulu round
// trip, then Sapporo and back, then Osaka) built through the page's own address codec,
// checked, then "Optimize": the tickets, their totals and the map (one arc per flight,
// coloured by ticket); then Avios made very expensive changes the best plan; Japanese.
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { requestToDraft, serializeItinerary } from "@/lib/awards/url";

test.setTimeout(180_000);
// A new view is rendered on the server (and compiled on first use by a dev server): be patient.
const expect = baseExpect.configure({ timeout: 60_000 });

const TRIP = {
  segments: [
    { from: "HND", to: "HNL", carrier: "JL", cabin: "economy", departs: "2024-06-01T21:55", arrives: "2024-06-01T10:00" },
    { from: "HNL", to: "HND", carrier: "AA", cabin: "economy", departs: "2024-06-05T13:00", arrives: "2024-06-06T16:30" },
    { from: "HND", to: "CTS", carrier: "JL", cabin: "economy", departs: "2024-06-06T19:30", arrives: "2024-06-06T21:00" },
    { from: "CTS", to: "HND", carrier: "JL", cabin: "economy", departs: "2024-06-10T10:00", arrives: "2024-06-10T11:35" },
    { from: "HND", to: "ITM", carrier: "JL", cabin: "economy", departs: "2024-06-10T14:00", arrives: "2024-06-10T15:10" },
  ],
  // JAL against BA on their early-2024 charts (booked then): the numbers below are those charts'.
  programs: ["JAL", "BA"],
  asOf: "2024-06-01",
};
const QUERY = serializeItinerary(requestToDraft(TRIP));

async function open(page: Page, url: string) {
  await page.goto(url, { timeout: 120_000 });
  await page.waitForLoadState("networkidle", { timeout: 120_000 });
}

const tickets = (page: Page) => page.getByTestId("optimize-ticket");

test.describe("/awards Optimize view", () => {
  test("five flights: switch to Optimize, see the tickets and the map, make Avios expensive and the best plan changes", async ({ page }) => {
    await open(page, `/awards?${QUERY}`);
    // The checker shows the map too, one arc per flight, without ticket colours.
    await expect(page.getByTestId("awards-map").locator("[data-segment]")).toHaveCount(5);
    await expect(page.getByTestId("awards-map").locator("[data-ticket]")).toHaveCount(0);

    const nav = page.getByRole("navigation", { name: "View" });
    await expect(nav.getByRole("link", { name: "Check" })).toHaveAttribute("aria-current", "page");
    await nav.getByRole("link", { name: "Optimize" }).click();
    await expect(page).toHaveURL(/view=optimize/);
    await expect(page).toHaveURL(/s=HND-HNL\.JL/);
    await expect(nav.getByRole("link", { name: "Optimize" })).toHaveAttribute("aria-current", "page");
    // The itinerary's button says what it does on this tab, not "Check".
    await expect(page.getByRole("button", { name: "Optimize this itinerary" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Check", exact: true })).toHaveCount(0);

    // Stored valuations (JAL miles 1.4¢, Avios 1.5¢): JAL oneworld for the round trip, Avios for the three domestic flights.
    await expect(tickets(page)).toHaveCount(2);
    await expect(tickets(page).nth(0)).toContainText("HND–HNL–HND");
    await expect(tickets(page).nth(0)).toContainText("oneworld award");
    await expect(tickets(page).nth(0)).toContainText("40,000 JAL miles");
    await expect(tickets(page).nth(1)).toContainText("HND–CTS–HND–ITM");
    await expect(tickets(page).nth(1)).toContainText("22,500 Avios");
    await expect(tickets(page).nth(0).locator(".provenance").first()).toBeVisible();
    const totals = page.getByTestId("optimize-totals");
    await expect(totals).toContainText("40,000 JAL miles");
    await expect(totals).toContainText("22,500 Avios");
    await expect(page.getByTestId("optimize-best")).toContainText("$897.50");
    await expect(page.getByTestId("optimize-alternatives")).toContainText("British Airways");

    // The map: one arc per flight, each flight on its ticket, coloured by program.
    const arcs = page.getByTestId("awards-map").locator("path[data-segment]");
    await expect(arcs).toHaveCount(5);
    for (const [i, ticket] of [1, 1, 2, 2, 2].entries()) await expect(arcs.nth(i)).toHaveAttribute("data-ticket", String(ticket));
    await expect(page.getByTestId("awards-map")).toContainText("Ticket 1:");

    // Avios at 10¢: the JAL ticket now takes Sapporo too, only two flights on Avios.
    const avios = page.getByLabel("Avios (¢ per point)");
    await expect(avios).toHaveValue("1.5");
    await avios.fill("10");
    await page.getByRole("button", { name: "Optimize", exact: true }).click();
    await expect(page).toHaveURL(/v=Avios:10/);
    await expect(tickets(page).nth(0)).toContainText("HND–HNL–HND–CTS");
    await expect(tickets(page).nth(0)).toContainText("50,000 JAL miles");
    await expect(tickets(page).nth(1)).toContainText("15,000 Avios");
    await expect(arcs.nth(2)).toHaveAttribute("data-ticket", "1");
    await expect(page.getByLabel("Avios (¢ per point)")).toHaveValue("10");

    // The shared address reopens the same ranking.
    await page.reload();
    await expect(tickets(page).nth(1)).toContainText("15,000 Avios");
  });

  test("a bad valuation in the address: an error at its field, the stored value used", async ({ page }) => {
    await open(page, `/awards?${QUERY}&view=optimize&v=Avios:500`);
    const avios = page.getByLabel("Avios (¢ per point)");
    await expect(avios).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Enter cents per point: more than 0, at most 100.", { exact: false })).toBeVisible();
    await expect(tickets(page).nth(1)).toContainText("22,500 Avios");
  });

  test("the home page's link opens the Optimize view with the examples", async ({ page }) => {
    await open(page, "/awards?view=optimize");
    await expect(page.getByRole("link", { name: "Optimize" })).toHaveAttribute("aria-current", "page");
    await page.getByRole("link", { name: /Tokyo-Honolulu/ }).click();
    await expect(page).toHaveURL(/view=optimize/);
    await expect(tickets(page)).toHaveCount(1);
  });

  test("in Japanese", async ({ page }) => {
    await open(page, `/awards?${QUERY}&view=optimize&lang=ja`);
    await expect(page.getByRole("navigation", { name: "表示" }).getByRole("link", { name: "最適化" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("heading", { name: "最安のプラン" }).first()).toBeVisible();
    await expect(tickets(page).nth(0)).toContainText("航空券1");
    await expect(page.getByLabel("Avios(1ポイントあたりのセント)")).toBeVisible();
    // Point values in yen too, at the stored, dated USD/JPY rate (157.5 on 2025-11-21): 1.5¢ -> 2.36円.
    await expect(page.getByTestId("valuation-yen-Avios")).toContainText("1ポイント≈2.36円");
    await expect(page.getByTestId("valuation-yen-Avios")).toContainText("157.5円");
    // ... and it follows what the reader types: 10¢ -> 15.75円.
    await page.getByLabel("Avios(1ポイントあたりのセント)").fill("10");
    await expect(page.getByTestId("valuation-yen-Avios")).toContainText("1ポイント≈15.75円");
  });
});
