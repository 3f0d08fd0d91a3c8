// Labelled form controls with their hint and inline error, wired for screen readers
// (aria-invalid, aria-describedby). Shared by every calculator form.
import type { ReactNode } from "react";
import styles from "./field.module.css";

export type FieldAria = {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
};

/** The ids an input points at: its hint, then its error, when shown. */
function describedBy(id: string, hint: ReactNode, error: ReactNode): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function HintAndError({ id, hint, error }: { id: string; hint?: ReactNode; error?: ReactNode }) {
  return (
    <>
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
    </>
  );
}

/** One labelled field; the input itself comes from `children`, which spreads the `aria` props on it. */
export function Field(props: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  className?: string;
  children: (aria: FieldAria) => ReactNode;
}) {
  const { id, hint, error } = props;
  return (
    <div className={["field", styles.field, props.className].filter(Boolean).join(" ")}>
      <label htmlFor={id}>{props.label}</label>
      {props.children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(id, hint, error) })}
      <HintAndError id={id} hint={hint} error={error} />
    </div>
  );
}

/** A checkbox with its label to the right and an optional hint below. */
export function Check(props: { id: string; name?: string; label: ReactNode; hint?: ReactNode; checked: boolean; onChange: (v: boolean) => void; error?: string | null }) {
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
          aria-describedby={describedBy(props.id, props.hint, props.error)}
          aria-invalid={props.error ? true : undefined}
        />
        <label htmlFor={props.id}>{props.label}</label>
      </span>
      <HintAndError id={props.id} hint={props.hint} error={props.error} />
    </div>
  );
}

/** One radio button with its label to the right; the fieldset and its legend are the caller's. */
export function Radio(props: { name: string; value: string; checked: boolean; onChange: () => void; children: ReactNode }) {
  return (
    <label className={styles.choice}>
      <input type="radio" name={props.name} value={props.value} checked={props.checked} onChange={props.onChange} />
      {props.children}
    </label>
  );
}
