// The page proxy.ts answers while the database cannot be reached: 503 with Retry-After,
// a self-contained HTML message in the reader's language (no scripts, no stack).
import type { Locale } from "@/lib/i18n/locale";
import en from "@/messages/en/errors.json";
import ja from "@/messages/ja/errors.json";

const TEXT = { en, ja } as const;

export function unavailablePage(locale: Locale, csp: string): Response {
  const t = TEXT[locale];
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${t.unavailableTitle} · Tabiji</title></head><body><main role="alert"><h1>${t.unavailableTitle}</h1><p>${t.unavailableBody}</p></main></body></html>`;
  return new Response(html, {
    status: 503,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Retry-After": "5", "Content-Security-Policy": csp },
  });
}
