import { describe, expect, test } from "vitest";
import { messagesByPath, unplacedIssues } from "./issue-messages";

const catalogue = { points: "Enter points (catalogue).", "stay.cashUsd": "Enter the cash price (catalogue)." };

describe("messagesByPath: the page's words for a known path, the API's for an unknown one", () => {
  test.each([
    { label: "a known path shows the catalogue's message, not the API's English", issues: [{ path: "points", message: "Points cannot be negative." }], expected: { points: "Enter points (catalogue)." } },
    { label: "a nested path is looked up whole", issues: [{ path: "stay.cashUsd", message: "cashUsd cannot be negative." }], expected: { "stay.cashUsd": "Enter the cash price (catalogue)." } },
    { label: "a path without a catalogue entry falls back to the API's message", issues: [{ path: "stay", message: "Invalid input." }], expected: { stay: "Invalid input." } },
    { label: "the first issue of a path wins", issues: [{ path: "stay", message: "first" }, { path: "stay", message: "second" }], expected: { stay: "first" } },
    { label: "no issues, no messages", issues: [], expected: {} },
  ])("$label", ({ issues, expected }) => {
    expect(messagesByPath(issues, catalogue)).toEqual(expected);
  });
});

describe("unplacedIssues: what no field shows, for the form's general alert", () => {
  test.each([
    { label: "issues at fields are left out", issues: [{ path: "points", message: "x" }], shown: catalogue, expected: [] },
    { label: "an unknown path is kept", issues: [{ path: "points", message: "x" }, { path: "cards.0.preset", message: "y" }], shown: catalogue, expected: [{ path: "cards.0.preset", message: "y" }] },
    { label: "fields can be named by a list", issues: [{ path: "", message: "z" }, { path: "yearlySpendJpy", message: "" }], shown: ["yearlySpendJpy"], expected: [{ path: "", message: "z" }] },
  ])("$label", ({ issues, shown, expected }) => {
    expect(unplacedIssues(issues, shown)).toEqual(expected);
  });
});
