// SafetyBadge and Stars rendered to HTML with the real message catalogues: the star
// picture with its text alternative, "not rated" and "no data" told apart, the link.
import { describe, expect, test } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider, type AbstractIntlMessages } from "next-intl";
import { loadMessages } from "@/lib/i18n/messages";
import { SafetyBadge, type SafetyBadgeProps } from "@/app/_components/safety-badge";
import { Stars } from "@/app/_components/stars";

function render(locale: "en" | "ja", element: React.ReactElement): string {
  const messages = loadMessages(locale) as AbstractIntlMessages;
  const provider = (props: { children: React.ReactNode }) => createElement(NextIntlClientProvider, { locale, messages, timeZone: "Asia/Tokyo", ...props });
  return renderToStaticMarkup(createElement(provider, null, element));
}

/** Stars drawn filled and outlined: one outline (an "M" move) per star in the two paths. */
function drawn(html: string): { filled: number; outlined: number } {
  const count = (fill: string) => [...html.matchAll(new RegExp(`<path d="([^"]*)" fill="${fill}"`, "g"))].reduce((n, m) => n + (m[1].match(/M/g)?.length ?? 0), 0);
  return { filled: count("currentColor"), outlined: count("none") };
}

const badge = (props: SafetyBadgeProps, locale: "en" | "ja" = "en") => render(locale, createElement(SafetyBadge, props));

describe("SafetyBadge", () => {
  test.each([
    { label: "JL 7 stars (facts §5)", props: { code: "JL", status: "rated", stars: 7, year: 2024 }, name: "JL safety rating 2024: 7 of 7 stars", filled: 7 },
    { label: "RA 1 star (facts §5)", props: { code: "RA", status: "rated", stars: 1, year: 2024 }, name: "RA safety rating 2024: 1 of 7 stars", filled: 1 },
    { label: "Aeroflot not rated (facts §5)", props: { code: "SU", status: "unrated", stars: null, year: 2024 }, name: "SU safety rating 2024: Not rated", filled: null },
    { label: "ANA: no data, which is not 'not rated'", props: { code: "NH", status: "noData", stars: null, year: 2024 }, name: "NH safety rating 2024: No data", filled: null },
    { label: "Finnair 2026: no data, its 2024 stars said with their year (never as current)", props: { code: "AY", status: "noData", stars: null, year: 2026, lastStars: { year: 2024, stars: 7 } }, name: "AY safety rating 2026: No data; 2024: 7 of 7 stars", filled: null },
  ] as const)("$label", ({ props, name, filled }) => {
    const html = badge(props);
    expect(html).toContain(`href="/safety/${props.code}"`);
    expect(html).toContain(`aria-label="${name}"`);
    expect(html).toContain(`data-status="${props.status}"`);
    if (filled === null) {
      expect(html).not.toContain("<svg");
      expect(html).toContain(props.status === "unrated" ? ">Not rated<" : "lastStars" in props ? ">No data · 2024: 7★<" : ">No data<");
    } else {
      expect(drawn(html)).toEqual({ filled, outlined: 7 - filled });
    }
  });

  test("Japanese labels", () => {
    expect(badge({ code: "JL", status: "rated", stars: 7, year: 2024 }, "ja")).toContain('aria-label="JL の安全性評価(2024年): 7つ星中7"');
    expect(badge({ code: "SU", status: "unrated", stars: null, year: 2024 }, "ja")).toContain(">評価なし<");
    expect(badge({ code: "NH", status: "noData", stars: null, year: 2024 }, "ja")).toContain(">データなし<");
    expect(badge({ code: "AY", status: "noData", stars: null, year: 2026, lastStars: { year: 2024, stars: 7 } }, "ja")).toContain(">データなし・2024年は★7<");
  });

  test("without any rating year in the data, no year is named", () => {
    expect(badge({ code: "NH", status: "noData", stars: null, year: null })).toContain('aria-label="NH safety rating: No data"');
  });
});

describe("Stars", () => {
  test.each([1, 3, 6, 7])("%i stars: that many filled of 7, with a text alternative", (stars) => {
    const html = render("en", createElement(Stars, { stars }));
    expect(html).toContain(`role="img" aria-label="${stars} of 7 stars"`);
    expect(html).toContain(`<title>${stars} of 7 stars</title>`);
    expect(drawn(html)).toEqual({ filled: stars, outlined: 7 - stars });
  });

  test("Japanese text alternative", () => {
    expect(render("ja", createElement(Stars, { stars: 7 }))).toContain('aria-label="7つ星中7"');
  });
});
