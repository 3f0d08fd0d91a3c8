import { describe, expect, test } from "vitest";
import { leavesEmbed } from "./outside-links";

const base = "https://tabiji.example/embed/awards?lang=ja";

describe("which links inside an embed open in a new tab (issue 17)", () => {
  test.each([
    { label: "the airline's safety page (award embed)", href: "/safety/AY", leaves: true },
    { label: "the full site's calculator", href: "/awards?from=HEL", leaves: true },
    { label: "the site's home", href: "/", leaves: true },
    { label: "another site", href: "https://www.finnair.com/", leaves: true },
    { label: "a path that merely starts with 'embed'", href: "/embedded", leaves: true },
    { label: "another embed", href: "/embed/safety?code=AY", leaves: false },
    { label: "the same embed with other inputs", href: "?lang=en", leaves: false },
    { label: "an anchor in the embed", href: "#results", leaves: false },
    { label: "a mail link (nothing is framed)", href: "mailto:someone@example.com", leaves: false },
  ])("$label: $href -> $leaves", ({ href, leaves }) => {
    expect(leavesEmbed(href, base)).toBe(leaves);
  });
});
