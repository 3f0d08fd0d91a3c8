"use client";
// A CSV: pasted into the text area, or read from a chosen file into it (the text is
// what is sent, so what is checked is what the admin sees).
import { useId } from "react";
import { useTranslations } from "next-intl";
import styles from "../admin.module.css";

export function CsvInput({ value, onChange, label, hint, invalid }: { value: string; onChange: (v: string) => void; label: string; hint: string; invalid?: boolean }) {
  const t = useTranslations("admin.csv");
  const id = useId();
  async function pick(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (file) onChange(await file.text());
  }
  return (
    <div className="field">
      <label htmlFor={`${id}-text`}>{label}</label>
      <span className="hint" id={`${id}-hint`}>{hint}</span>
      <textarea id={`${id}-text`} className={styles.csv} value={value} onChange={(e) => onChange(e.target.value)} rows={14} spellCheck={false} aria-describedby={`${id}-hint`} aria-invalid={invalid} />
      <label htmlFor={`${id}-file`} className={styles.fileLabel}>
        {t("upload")}
      </label>
      <input id={`${id}-file`} type="file" accept=".csv,text/csv,text/plain" onChange={pick} />
    </div>
  );
}
