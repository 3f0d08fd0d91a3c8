import { describe, expect, test } from "vitest";
import { localTimeText } from "./local-time-text";

const hel = { iata: "HEL", city: "Helsinki" };

describe("a local time in a message, for people (issue 17: '2027-03-09T20:00 Europe/Helsinki')", () => {
  test.each([
    { label: "English", locale: "en" as const, expected: "9 Mar 2027, 20:00 (local time in Helsinki)" },
    { label: "Japanese", locale: "ja" as const, expected: "2027年3月9日 20:00（HEL現地時間）" },
  ])("$label", ({ locale, expected }) => {
    expect(localTimeText("2027-03-09T20:00", hel, locale)).toBe(expected);
  });

  test("no time zone identifier and no ISO 'T' reach the reader", () => {
    expect(localTimeText("2027-03-09T20:00", hel, "en")).not.toMatch(/Europe\/|\dT\d/);
  });
});
