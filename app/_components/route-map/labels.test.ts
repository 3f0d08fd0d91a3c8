// Issue 17: HND and NRT labels overlapped when Tokyo sat at the map's right edge.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { placeLabels, textWidth, type MarkerModel } from "./model";

const M = (iata: string, x: number, y: number): MarkerModel => ({ iata, kind: "stop" as MarkerModel["kind"], d: "", x, y });
const boxes = (labels: ReturnType<typeof placeLabels>, size: number) =>
  labels.map((l) => ({ x0: l.x - textWidth(l.text, size) / 2, x1: l.x + textWidth(l.text, size) / 2, y0: l.y - size / 2, y1: l.y + size / 2 }));
const overlap = (a: { x0: number; x1: number; y0: number; y1: number }, b: typeof a) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe("labels of two airports a few units apart never overlap", () => {
  test.each([
    { label: "Tokyo at the right edge (NRT-HEL-LHR centred on Europe)", hnd: [630, 120], nrt: [633, 124] },
    { label: "at the top edge", hnd: [300, 10], nrt: [303, 14] },
    { label: "in the middle", hnd: [320, 180], nrt: [323, 183] },
  ])("$label", ({ hnd, nrt }) => {
    const [a, b] = boxes(placeLabels([M("HND", hnd[0], hnd[1]), M("NRT", nrt[0], nrt[1])], 640, 360, 22, 6), 22);
    expect(overlap(a, b)).toBe(false);
  });

  // Markers sit inside the fitted extent (fitProjection pads the map by 34 units).
  test("property: anywhere a marker can be, at any label size used, two close airports get separate labels", () => {
    fc.assert(
      fc.property(fc.integer({ min: 34, max: 606 }), fc.integer({ min: 34, max: 326 }), fc.integer({ min: -4, max: 4 }), fc.integer({ min: -4, max: 4 }), fc.constantFrom(14, 22), (x, y, dx, dy, size) => {
        const [a, b] = boxes(placeLabels([M("HND", x, y), M("NRT", x + dx, y + dy)], 640, 360, size, 6), size);
        expect(overlap(a, b)).toBe(false);
      }),
    );
  });
});

// Issue 17 item 8: at the map's right edge "HND" was cut off: the width a label was given
// was that of average lower-case text, not of three bold capitals with their halo.
test("an IATA code label is given at least the width it is drawn at (3 bold capitals at 14 units: 30+)", () => {
  expect(textWidth("HND", 14)).toBeGreaterThanOrEqual(30);
  expect(textWidth("東京", 14)).toBeGreaterThanOrEqual(28);
});
