import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { Check, Field } from "./field";

// Screen readers hear an input's hint and its error through aria-describedby; aria-invalid
// marks the input only while there is an error.
const input = (aria: object) => createElement("input", aria);

describe("Field ties the input to its hint and its error", () => {
  test.each([
    { label: "hint and error", hint: "h", error: "e", describedBy: 'aria-describedby="x-hint x-error"', invalid: true },
    { label: "hint only", hint: "h", error: undefined, describedBy: 'aria-describedby="x-hint"', invalid: false },
    { label: "error only", hint: undefined, error: "e", describedBy: 'aria-describedby="x-error"', invalid: true },
    { label: "neither", hint: undefined, error: null, describedBy: null, invalid: false },
  ])("$label", ({ hint, error, describedBy, invalid }) => {
    // Field's children is a render function, passed like any other prop here (no JSX in a .ts test).
    // eslint-disable-next-line react/no-children-prop
    const html = renderToStaticMarkup(createElement(Field, { id: "x", label: "L", hint, error, children: input }));
    expect(html).toContain('<label for="x">L</label>');
    if (describedBy) expect(html).toContain(describedBy);
    else expect(html).not.toContain("aria-describedby");
    expect(html.includes('aria-invalid="true"')).toBe(invalid);
    expect(html.includes('id="x-error"')).toBe(Boolean(error));
  });
});

describe("Check posts a hidden 0 before the box, so an unticked box still says 0", () => {
  test("named box", () => {
    const html = renderToStaticMarkup(createElement(Check, { id: "c", name: "entry", label: "L", checked: false, onChange: () => {}, error: "e" }));
    expect(html.indexOf('type="hidden" name="entry" value="0"')).toBeLessThan(html.indexOf('type="checkbox"'));
    expect(html).toContain('aria-describedby="c-error"');
  });
});
