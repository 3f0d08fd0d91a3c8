// One labelled form field with its hint and inline error, wired for screen readers
// (aria-invalid, aria-describedby). Used by the /convert, /ihg and /avios forms.
import type { ReactNode } from "react";
import styles from "./field.module.css";

export type FieldAria = {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
};

export function Field(props: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  className?: string;
  children: (aria: FieldAria) => ReactNode;
}) {
  const { id, hint, error } = props;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={["field", styles.field, props.className].filter(Boolean).join(" ")}>
      <label htmlFor={id}>{props.label}</label>
      {props.children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
      {hint ? (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span className="field-error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
    </div>
  );
}

/** A checkbox with its label to the right and an optional hint below. */
export function Check(props: { id: string; name?: string; label: ReactNode; hint?: ReactNode; checked: boolean; onChange: (v: boolean) => void; error?: string }) {
  const describedBy = [props.hint ? `${props.id}-hint` : null, props.error ? `${props.id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <span className={styles.check}>
        {/* Posted first, so an unticked box still says "0" in a plain GET submit (the last value wins). */}
        {props.name ? <input type="hidden" name={props.name} value="0" /> : null}
        <input
          type="checkbox"
          id={props.id}
          name={props.name}
          value="1"
          checked={props.checked}
          onChange={(e) => props.onChange(e.target.checked)}
          aria-describedby={describedBy}
          aria-invalid={props.error ? true : undefined}
        />
        <label htmlFor={props.id}>{props.label}</label>
      </span>
      {props.hint ? (
        <span className="hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      ) : null}
      {props.error ? (
        <span className="field-error" id={`${props.id}-error`}>
          {props.error}
        </span>
      ) : null}
    </div>
  );
}

/** `YYYY-MM-DD` as a localised calendar day (dates are days, not instants: formatted in UTC). */
export function dayFormatter(locale: string) {
  const fmt = new Intl.DateTimeFormat(locale === "ja" ? "ja-JP" : "en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
  return (iso: string) => fmt.format(new Date(`${iso}T00:00:00Z`));
}
