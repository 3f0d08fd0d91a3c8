// A calculator form's inputs read back from the page's query string (searchParams), so
// a bookmarked or shared URL, or a plain GET submit without JavaScript, fills the form.
// Values are cut short: a query value is shown back in an input, never trusted.

export type Query = Record<string, string | string[] | undefined>;
type Value = Query[string];

/** The first value of a parameter (a repeated one keeps its first), at most `max` characters. */
export function firstParam(v: Value, max = 40): string | undefined {
  return (Array.isArray(v) ? v[0] : v)?.slice(0, max);
}

/** The last value: a checkbox posts a hidden "0" then, when ticked, "1", so the last is the box's state. */
export function lastParam(v: Value, max = 40): string | undefined {
  return (Array.isArray(v) ? v.at(-1) : v)?.slice(0, max);
}

/** A number as typed in a form, or undefined when blank (the API then says the field is required). */
export function typedNumber(s: string): number | undefined {
  return s.trim() === "" ? undefined : Number(s);
}
