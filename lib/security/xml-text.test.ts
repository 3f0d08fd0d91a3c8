import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { escapeXml, stripControlChars } from "./xml-text";
import { renderMapSvg } from "@/app/_components/route-map/svg-string";
import { buildMapModel } from "@/app/_components/route-map/model";
import { LABEL_SIZE } from "@/app/_components/route-map/svg-string";
import { getWorld } from "@/app/_components/route-map/world";
import { fixtureAirports } from "@/lib/calculators/awards/fixtures";

const P = (iata: string) => ({ iata, lat: fixtureAirports[iata].lat, lon: fixtureAirports[iata].lon });

/** Characters XML 1.0 allows (the Char production). */
const xmlChars = (s: string) => /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u.test(s);

describe("text for SVG and XML", () => {
  test.each([
    { label: "a control character in a map title (probe: title=a%01b)", text: "a\u0001b", out: "ab" },
    { label: "NUL, vertical tab, form feed, escape", text: "x\u0000\u000B\u000C\u001By", out: "xy" },
    { label: "DEL and C1 controls", text: "x\u007F\u0085\u009Fy", out: "xy" },
    { label: "U+FFFE and U+FFFF", text: "x\uFFFE\uFFFFy", out: "xy" },
    { label: "a lone surrogate half", text: "x\uD800y\uDC00z", out: "xyz" },
    { label: "tab and line breaks stay", text: "a\tb\nc\rd", out: "a\tb\nc\rd" },
    { label: "Japanese and emoji stay", text: "成田→ヘルシンキ ✈️ 🛫", out: "成田→ヘルシンキ ✈️ 🛫" },
  ])("$label", ({ text, out }) => {
    expect(stripControlChars(text)).toBe(out);
  });

  test("property: escaped text is always XML and never opens markup", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (s) => {
        const e = escapeXml(s);
        expect(xmlChars(e)).toBe(true);
        expect(e).not.toMatch(/[<>"']|&(?!(amp|lt|gt|quot|#39);)/);
      }),
    );
  });

  test("the route map with a control character in its title is a well-formed document", () => {
    const model = buildMapModel(
      { segments: [{ from: P("NRT"), to: P("HEL") }], stops: [], title: "My trip\u0001\u0008", labels: { endpoint: "e", transfer: "t", stopover: "s", turnaround: "u", openJaw: "o", surface: "f\u001b", flight: "l", tickets: {} } },
      getWorld(),
      { labelSize: LABEL_SIZE },
    );
    const svg = renderMapSvg(model, "light");
    expect(xmlChars(svg)).toBe(true);
    expect(svg).toContain("My trip");
  });
});
