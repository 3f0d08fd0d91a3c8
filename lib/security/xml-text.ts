// Text for SVG and XML documents. XML 1.0 forbids most control characters (U+0000 to
// U+001F except tab, line feed and carriage return), U+FFFE, U+FFFF and lone surrogate
// halves: one of them in a document and no parser reads it (the probe's
// map.svg?title=a%01b). They carry nothing a reader could see, so they are removed;
// then the five special characters are escaped. Pure.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without the characters an XML document cannot hold (and the C1 controls, which show as nothing). */
export function stripControlChars(text: string): string {
  return text.replace(NOT_XML, "");
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Safe as XML text or as a quoted attribute value. */
export function escapeXml(text: string): string {
  return stripControlChars(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}
