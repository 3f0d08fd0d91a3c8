// GET /api/v1/airports through HTTP, as the combobox and the embeds use it (issue 17):
// metro cities, names with "airport", ICAO codes, kana and one typo all find the airport.
import { expect, test } from "@playwright/test";

test.setTimeout(120_000);

const search = async (request: import("@playwright/test").APIRequestContext, q: string) => {
  const res = await request.get(`/api/v1/airports?${new URLSearchParams({ q, limit: "8" })}`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { airports: { iata: string; icao: string | null }[] }).airports.map((a) => a.iata);
};

for (const { q, top } of [
  { q: "Tokyo", top: ["HND", "NRT"] },
  { q: "Osaka", top: ["ITM", "KIX"] },
  { q: "TYO", top: ["HND", "NRT"] },
]) {
  test(`'${q}' offers ${top.join(" and ")} first`, async ({ request }) => {
    expect((await search(request, q)).slice(0, 2).sort()).toEqual(top);
  });
}

for (const { q, first } of [
  { q: "narita airport", first: "NRT" },
  { q: "Helsinky", first: "HEL" },
  { q: "なりた", first: "NRT" },
  { q: "ナリタ", first: "NRT" },
  { q: "成田", first: "NRT" },
  { q: "EFHK", first: "HEL" },
]) {
  test(`'${q}' finds ${first} first`, async ({ request }) => {
    expect((await search(request, q))[0]).toBe(first);
  });
}
