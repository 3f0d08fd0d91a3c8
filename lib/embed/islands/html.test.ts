// The embed page's HTML: data handed to the island can never close its script tag or
// inject markup, and text and attributes are escaped.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { embedHtml, escapeHtml, scriptJson } from "./html";

const base = {
  lang: "en" as const,
  theme: null,
  title: "IHG",
  nonce: "abc",
  js: "/islands/ihg-X.js",
  css: "/islands/ihg-X.css",
  loading: "Loading…",
  noscript: { text: "Needs JavaScript.", href: "/ihg?points=1", link: "Open in Tabiji" },
  data: { a: 1 },
};

describe("scriptJson", () => {
  test.each([
    { label: "a closing script tag in data stays inside the JSON", value: { q: "</script><script>alert(1)</script>" } },
    { label: "an HTML comment opener in data is escaped", value: { q: "<!-- x" } },
    { label: "line separators (U+2028/9) are escaped", value: { q: "a\u2028b\u2029c" } },
  ])("$label", ({ value }) => {
    const text = scriptJson(value);
    expect(text).not.toMatch(/[<>\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });

  test("property: any JSON value round-trips and never contains < or >", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = scriptJson(value);
        expect(/[<>]/.test(text)).toBe(false);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});

describe("embedHtml", () => {
  test("the title is escaped in <title> and <h1>", () => {
    const html = embedHtml({ ...base, title: `<img src=x onerror="a">` });
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=&quot;a&quot;&gt; · Tabiji</title>");
  });

  test("the island script carries the request's nonce and is a module", () => {
    expect(embedHtml(base)).toContain(`<script type="module" src="/islands/ihg-X.js" nonce="abc"></script>`);
  });

  test("theme and language reach the root element; no theme means the reader's system", () => {
    expect(embedHtml({ ...base, lang: "ja", theme: "dark" })).toContain(`<html lang="ja" data-theme="dark">`);
    expect(embedHtml(base)).toContain(`<html lang="en">`);
  });

  test("the noscript link escapes its address", () => {
    expect(embedHtml({ ...base, noscript: { ...base.noscript, href: `/ihg?a="><b>` } })).toContain(`href="/ihg?a=&quot;&gt;&lt;b&gt;"`);
  });

  test("escapeHtml escapes the five HTML metacharacters", () => {
    expect(escapeHtml(`&<>"'`)).toBe("&amp;&lt;&gt;&quot;&#39;");
  });
});
