import { describe, expect, test } from "vitest";
import { addDays, addMonths, daysBetween, isIsoDate, todayInJapan, toIsoDate } from "./dates";

describe("todayInJapan (Asia/Tokyo, UTC+9, no DST)", () => {
  test.each([
    { label: "14:59:59 UTC is 23:59:59 JST the same day", now: "2023-07-02T14:59:59Z", expected: "2023-07-02" },
    { label: "15:00 UTC is midnight JST the next day", now: "2023-07-02T15:00:00Z", expected: "2023-07-03" },
    { label: "New Year in Japan comes before New Year in UTC", now: "2023-12-31T16:00:00Z", expected: "2024-01-01" },
  ])("$label", ({ now, expected }) => {
    expect(todayInJapan(new Date(now))).toBe(expected);
  });
});

describe("date arithmetic on calendar days", () => {
  test.each([
    { label: "Saison 21 days after 2023-07-10", got: () => addDays("2023-07-10", 21), expected: "2023-07-31" },
    { label: "across a leap day", got: () => addDays("2024-02-28", 1), expected: "2024-02-29" },
    { label: "daysBetween inclusive period length - 1", got: () => daysBetween("2023-07-03", "2023-07-31"), expected: 28 },
    { label: "month end clamps (leap year)", got: () => addMonths("2024-01-31", 1), expected: "2024-02-29" },
    { label: "12 months later", got: () => addMonths("2023-07-15", 12), expected: "2024-07-15" },
    { label: "Prisma Date at UTC midnight -> same day", got: () => toIsoDate(new Date("2023-07-31T00:00:00Z")), expected: "2023-07-31" },
    { label: "real calendar dates only", got: () => [isIsoDate("2023-02-29"), isIsoDate("2024-02-29")], expected: [false, true] },
  ])("$label", ({ got, expected }) => {
    expect(got()).toEqual(expected);
  });
});

describe("years before 100 are real years, not 1900-1999", () => {
  test.each([
    { label: "0050-01-01 is a calendar date", run: () => isIsoDate("0050-01-01"), expected: true },
    { label: "0050-01-01 + 7 days = 0050-01-08", run: () => addDays("0050-01-01", 7), expected: "0050-01-08" },
    { label: "0099-12-31 + 1 month = 0100-01-31", run: () => addMonths("0099-12-31", 1), expected: "0100-01-31" },
    { label: "0004-02-29 exists (year 4 is a leap year); 0100-02-29 does not", run: () => [isIsoDate("0004-02-29"), isIsoDate("0100-02-29")], expected: [true, false] },
  ])("$label", ({ run, expected }) => {
    expect(run()).toEqual(expected);
  });
});
