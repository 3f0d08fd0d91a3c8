// Intl formatters for use-intl translators that render many messages (the award engine's
// words). use-intl memoises each Intl object on JSON.stringify of its `arguments` object, and
// an ICU message asks for a NumberFormat or PluralRules at every number and plural: that
// serialisation cost more than the formatting itself. Here the two are memoised on a plain
// key (the locale, then the options as JSON) in front of use-intl's own memo, so the same
// Intl objects are built from the same arguments and every message reads the same.
import { _createCache, _createIntlFormatters } from "use-intl/core";

type Formatters = ReturnType<typeof _createIntlFormatters>;
type Cache = ReturnType<typeof _createCache>;

/** `make` memoised by locale and options; any other argument shape goes straight to `make` (its own memo). */
function keyed<O extends object, R>(make: (locales?: Intl.LocalesArgument, options?: O) => R): (locales?: Intl.LocalesArgument, options?: O) => R {
  // Keys come from the message catalogue's number and plural styles and a locale: a handful.
  const memo = new Map<string, R>();
  return (locales, options) => {
    if (typeof locales !== "string" || (options !== undefined && (options === null || typeof options !== "object"))) return make(locales, options);
    const key = options === undefined ? locales : `${locales}\u0000${JSON.stringify(options)}`;
    let hit = memo.get(key);
    if (hit === undefined) {
      hit = make(locales, options);
      memo.set(key, hit);
    }
    return hit;
  };
}

export function fastIntlFormatters(cache: Cache): Formatters {
  const base = _createIntlFormatters(cache);
  return { ...base, getNumberFormat: keyed(base.getNumberFormat), getPluralRules: keyed(base.getPluralRules) };
}
