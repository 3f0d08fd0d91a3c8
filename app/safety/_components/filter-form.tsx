// The filter form: a plain GET form, so it works without JavaScript and the filtered
// view is in the address bar (shareable, bookmarkable). Bad values from the URL are
// shown next to their field.
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { FilterKey } from "../_lib/filters";
import styles from "../safety.module.css";

const ALLIANCES = ["oneworld", "star", "skyteam", "none"] as const;
const STAR_CHOICES = [7, 6, 5, 4, 3, 2, 1] as const;

export interface FilterFormProps {
  /** What the form shows: the valid filters in effect (the year always set). */
  values: { year: number | null; alliance?: string; minStars?: number; q?: string };
  /** Years the dataset covers, newest first. */
  years: number[];
  invalid: FilterKey[];
}

function ErrorText({ field, invalid }: { field: FilterKey; invalid: FilterKey[] }) {
  const t = useTranslations("safety");
  if (!invalid.includes(field)) return null;
  return (
    <p id={`f-${field}-error`} className="field-error">
      {t(`errors.${field}`)}
    </p>
  );
}

function errorProps(field: FilterKey, invalid: FilterKey[], hint?: string) {
  const bad = invalid.includes(field);
  const describedBy = [hint, bad ? `f-${field}-error` : undefined].filter(Boolean).join(" ");
  return { "aria-invalid": bad || undefined, "aria-describedby": describedBy || undefined };
}

export function FilterForm({ values, years, invalid }: FilterFormProps) {
  const t = useTranslations("safety.filters");
  const ta = useTranslations("safety.alliances");
  // A year asked for in the URL but not in the data stays selectable (its rows show "no data").
  const yearChoices = values.year !== null && !years.includes(values.year) ? [values.year, ...years] : years;
  return (
    <form className={`calc ${styles.filters}`} method="get" action="/safety" role="search" aria-label={t("label")}>
      <div className="form-row">
        <div className={`field ${styles.searchField}`}>
          <label htmlFor="f-q">{t("q")}</label>
          <input id="f-q" name="q" type="search" maxLength={100} defaultValue={values.q ?? ""} placeholder={t("qPlaceholder")} autoComplete="off" {...errorProps("q", invalid, "f-q-hint")} />
          <span id="f-q-hint" className="hint">{t("qHint")}</span>
          <ErrorText field="q" invalid={invalid} />
        </div>
        <div className="field">
          <label htmlFor="f-alliance">{t("alliance")}</label>
          <select id="f-alliance" name="alliance" defaultValue={values.alliance ?? ""} {...errorProps("alliance", invalid)}>
            <option value="">{t("allianceAll")}</option>
            {ALLIANCES.map((a) => (
              <option key={a} value={a}>{ta(a)}</option>
            ))}
          </select>
          <ErrorText field="alliance" invalid={invalid} />
        </div>
        <div className="field">
          <label htmlFor="f-minStars">{t("minStars")}</label>
          <select id="f-minStars" name="minStars" defaultValue={values.minStars ? String(values.minStars) : ""} {...errorProps("minStars", invalid)}>
            <option value="">{t("minStarsAny")}</option>
            {STAR_CHOICES.map((n) => (
              <option key={n} value={n}>{t("minStarsOption", { stars: n })}</option>
            ))}
          </select>
          <ErrorText field="minStars" invalid={invalid} />
        </div>
        <div className="field">
          <label htmlFor="f-year">{t("year")}</label>
          <select id="f-year" name="year" defaultValue={values.year === null ? "" : String(values.year)} {...errorProps("year", invalid)}>
            {yearChoices.map((y) => (
              <option key={y} value={y}>{y}</option>
            ))}
          </select>
          <ErrorText field="year" invalid={invalid} />
        </div>
        <div className={styles.actions}>
          <button type="submit">{t("submit")}</button>
          <Link href="/safety" className={styles.reset}>{t("reset")}</Link>
        </div>
      </div>
    </form>
  );
}
