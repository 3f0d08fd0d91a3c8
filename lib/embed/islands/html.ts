// The HTML of an embed: a small static page around the island's root. Pure, so the
// escaping rules are tested on their own (html.test.ts).
import { ISLAND_DATA_ID, ISLAND_ROOT_ID } from "./data";

const ATTR: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ATTR[c]);
}

/** JSON that is safe inside <script type="application/json">: no "</script>", no "<!--". */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export type EmbedHtmlInput = {
  lang: "ja" | "en";
  theme: "light" | "dark" | null;
  title: string;
  nonce: string;
  js: string;
  css: string | null;
  /** Shown until the island has rendered (and to readers without JavaScript). */
  loading: string;
  noscript: { text: string; href: string; link: string };
  data: unknown;
};

export function embedHtml(input: EmbedHtmlInput): string {
  const theme = input.theme ? ` data-theme="${input.theme}"` : "";
  const nonce = escapeHtml(input.nonce);
  return [
    `<!DOCTYPE html><html lang="${input.lang}"${theme}><head>`,
    `<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark"><meta name="robots" content="noindex"><link rel="icon" href="/icon.svg" type="image/svg+xml">`,
    `<title>${escapeHtml(input.title)} · Tabiji</title>`,
    input.css ? `<link rel="stylesheet" href="${escapeHtml(input.css)}">` : "",
    `<script type="module" src="${escapeHtml(input.js)}" nonce="${nonce}"></script>`,
    `</head><body class="embed"><main id="main"><h1>${escapeHtml(input.title)}</h1>`,
    `<div id="${ISLAND_ROOT_ID}" aria-busy="true"><p class="muted">${escapeHtml(input.loading)}</p>`,
    `<noscript><p>${escapeHtml(input.noscript.text)} <a href="${escapeHtml(input.noscript.href)}" target="_blank" rel="noopener">${escapeHtml(input.noscript.link)}</a></p></noscript></div>`,
    `</main><script type="application/json" id="${ISLAND_DATA_ID}">${scriptJson(input.data)}</script></body></html>`,
  ].join("");
}
