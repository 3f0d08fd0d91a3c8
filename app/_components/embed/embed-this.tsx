"use client";
// "Embed this": the iframe snippet (plus the optional resize script), a live preview
// and a copy button, for the calculator on this page with its current inputs.
import { useId, useMemo, useState, useSyncExternalStore } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { EmbedTitles } from "./embed-titles";
import styles from "./embed.module.css";

const noSubscription = () => () => {};

/**
 * `query`: the calculator's inputs for the snippet. Without it, the page's own address is
 * used (calculators keep their inputs in the URL), read when the panel is opened.
 */
export function EmbedThis({ path, query, title: titles, height = 560 }: { path: string; query?: string; title: EmbedTitles; height?: number }) {
  const t = useTranslations("embed");
  const locale = useLocale();
  // window.location is only known in the browser: "" on the server, the real origin after hydration.
  const origin = useSyncExternalStore(noSubscription, () => window.location.origin, () => "");
  const [lang, setLang] = useState(locale === "ja" ? "ja" : "en");
  const [theme, setTheme] = useState<"auto" | "light" | "dark">("auto");
  const [copied, setCopied] = useState(false);
  const [pageQuery, setPageQuery] = useState("");
  const snippetId = useId();

  const src = useMemo(() => {
    const params = new URLSearchParams(query ?? pageQuery);
    params.set("lang", lang);
    if (theme === "auto") params.delete("theme");
    else params.set("theme", theme);
    return `${origin}${path}?${params.toString()}`;
  }, [origin, path, query, pageQuery, lang, theme]);

  // The snippet's title is in the snippet's language; the preview's label in the page's.
  const snippetTitle = lang === "ja" ? titles.ja : titles.en;
  const title = locale === "ja" ? titles.ja : titles.en;
  const snippet = `<iframe data-tabiji src="${src}" title="${snippetTitle.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>\n<script async src="${origin}/embed.js"></script>`;

  return (
    <details className={styles.panel} data-testid="embed-this" onToggle={() => setPageQuery(window.location.search)}>
      <summary>{t("summary")}</summary>
      <p className="muted">{t("explain")}</p>
      <div className="form-row">
        <label className="field">
          <span>{t("language")}</span>
          <select value={lang} onChange={(e) => setLang(e.target.value)}>
            <option value="ja">日本語</option>
            <option value="en">English</option>
          </select>
        </label>
        <label className="field">
          <span>{t("theme")}</span>
          <select value={theme} onChange={(e) => setTheme(e.target.value as "auto" | "light" | "dark")}>
            <option value="auto">{t("themeAuto")}</option>
            <option value="light">{t("themeLight")}</option>
            <option value="dark">{t("themeDark")}</option>
          </select>
        </label>
      </div>
      {/* Not wrapped in its label: a wrapping label's text would include the snippet. */}
      <div className="field">
        <label htmlFor={snippetId}>{t("snippet")}</label>
        <textarea id={snippetId} readOnly value={origin ? snippet : ""} rows={4} className={styles.code} data-testid="embed-snippet" onFocus={(e) => e.currentTarget.select()} />
      </div>
      <button
        type="button"
        className="secondary"
        disabled={!origin}
        onClick={async () => {
          await navigator.clipboard?.writeText(snippet).catch(() => {});
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        }}
      >
        <span aria-live="polite">{copied ? t("copied") : t("copy")}</span>
      </button>
      <p className={styles.previewTitle}>{t("preview")}</p>
      {origin ? <iframe src={src} title={t("previewTitle", { title })} className={styles.preview} height={height} loading="lazy" /> : null}
    </details>
  );
}
