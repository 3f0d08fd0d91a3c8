// Width-, case- and kana-insensitive text folding for every search box.

/**
 * Folds text for comparison: NFKC (full-width Latin and half-width katakana become
 * ordinary characters), Latin accents dropped (Algérie = Algerie; the Japanese
 * voiced-sound marks U+3099/U+309A are kept), lower case, hiragana folded to katakana
 * (ねぱーる = ネパール), and spaces and separators (・ - . ' etc.) removed so that
 * "ブリティッシュエアウェイズ" finds "ブリティッシュ・エアウェイズ".
 *
 * @example foldForSearch("ＮＥＰＡＬ ねぱーる") // "nepalネパール"
 */
export function foldForSearch(text: string): string {
  const nfkc = text.normalize("NFKC");
  const noLatinAccents = nfkc.normalize("NFD").replace(/[\u0300-\u036f]/g, "").normalize("NFC");
  const lower = noLatinAccents.toLowerCase();
  // Hiragana U+3041..U+3096 sit exactly 0x60 below their katakana.
  const katakana = lower.replace(/[\u3041-\u3096]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60));
  return katakana.replace(/[\s\u30fb\u00b7\-\u2010-\u2015_.,'\u2019"()/&]/g, "");
}
