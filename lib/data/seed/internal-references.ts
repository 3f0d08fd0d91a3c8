// The team's internal references that must never reach a traveller: sections of the
// reference files, the numbers the team gives the source blog posts, confidence tags
// inside text, code paths. Used by the seed text test and by the seed runner, which
// replaces a stored text that still carries one with the seed's current wording.

/** Each pattern with the reason a traveller cannot use what it matches. */
export const INTERNAL_REFERENCES: readonly [RegExp, string][] = [
  [/§/, "a section of an internal reference file"],
  [/\bseeds?\b/i, "the team's name for the source blog posts"],
  [/\bSEED_?\d/i, "a constant name"],
  [/\bfacts\b/i, "the internal facts file"],
  [/charts-2026|promotions-safety|\.md\b/i, "an internal reference file"],
  [/\[(public|seed)\b/i, "an internal confidence tag"],
  [/\((?:public, )?[HML]\)/, "a confidence letter in the text (it has its own field)"],
  [/\bTabiji:/, "a bare 'Tabiji:' label instead of saying what Tabiji decided"],
  [/lib\/|\.tsx?\b/, "a path in the source code"],
];

/** Why `text` cannot be shown to a traveller, one reason per matching pattern. */
export function internalReferenceReasons(text: string): string[] {
  return INTERNAL_REFERENCES.filter(([pattern]) => pattern.test(text)).map(([, why]) => why);
}

export function hasInternalReference(text: string | null | undefined): boolean {
  return typeof text === "string" && INTERNAL_REFERENCES.some(([pattern]) => pattern.test(text));
}
