import { describe, expect, test } from "vitest";
import { isLocalDateTime, localToUtc } from "./time";

describe("local time -> instant, in the airport's own IANA zone", () => {
  test.each([
    { label: "Tokyo (no DST): 2024-06-01T10:25 JST = 01:25Z", local: "2024-06-01T10:25", tz: "Asia/Tokyo", utc: "2024-06-01T01:25:00.000Z" },
    { label: "Helsinki summer (UTC+3)", local: "2024-06-01T15:10", tz: "Europe/Helsinki", utc: "2024-06-01T12:10:00.000Z" },
    { label: "London summer (UTC+1)", local: "2024-06-03T18:35", tz: "Europe/London", utc: "2024-06-03T17:35:00.000Z" },
    { label: "New York before the March 2024 DST change (EST, UTC-5)", local: "2024-03-10T01:59", tz: "America/New_York", utc: "2024-03-10T06:59:00.000Z" },
    { label: "New York after the March 2024 DST change (EDT, UTC-4)", local: "2024-03-10T03:00", tz: "America/New_York", utc: "2024-03-10T07:00:00.000Z" },
    { label: "a time skipped by DST (02:30) is pushed forward, read with the offset before the change", local: "2024-03-10T02:30", tz: "America/New_York", utc: "2024-03-10T07:30:00.000Z" },
    { label: "an ambiguous time at the November change (01:30) takes the earlier instant (EDT)", local: "2024-11-03T01:30", tz: "America/New_York", utc: "2024-11-03T05:30:00.000Z" },
    { label: "Sydney DST ends 2024-04-07 03:00 -> 02:00: 02:30 is ambiguous, earlier (AEDT)", local: "2024-04-07T02:30", tz: "Australia/Sydney", utc: "2024-04-06T15:30:00.000Z" },
    { label: "Honolulu (UTC-10) across the date line from Tokyo", local: "2024-06-01T10:00", tz: "Pacific/Honolulu", utc: "2024-06-01T20:00:00.000Z" },
    { label: "India half-hour offset (UTC+5:30)", local: "2024-06-01T00:00", tz: "Asia/Kolkata", utc: "2024-05-31T18:30:00.000Z" },
  ])("$label", ({ local, tz, utc }) => {
    expect(new Date(localToUtc(local, tz)).toISOString()).toBe(utc);
  });

  test.each([
    { label: "leap day 2024 is real", value: "2024-02-29T12:00", ok: true },
    { label: "2023-02-29 is not a date", value: "2023-02-29T12:00", ok: false },
    { label: "24:00 is not a time", value: "2024-06-01T24:00", ok: false },
    { label: "minute 60 is not a time", value: "2024-06-01T10:60", ok: false },
    { label: "April has 30 days", value: "2024-04-31T10:00", ok: false },
    { label: "seconds are not accepted", value: "2024-06-01T10:00:00", ok: false },
    { label: "an offset is not accepted", value: "2024-06-01T10:00Z", ok: false },
  ])("$label", ({ value, ok }) => {
    expect(isLocalDateTime(value)).toBe(ok);
  });
});
