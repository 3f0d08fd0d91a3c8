"use client";
// One segment of the itinerary editor: a fieldset with its airports, airline, cabin,
// local times, the surface and turnaround markers, and move/remove buttons.
import { useTranslations } from "next-intl";
import { CABINS } from "@/lib/calculators/awards/types";
import type { SegmentDraft } from "@/lib/awards/url";
import { PlaceCombobox } from "./place-combobox";
import styles from "./awards.module.css";

export type RowField = keyof SegmentDraft;

export interface SegmentRowProps {
  id: number;
  index: number;
  count: number;
  segment: SegmentDraft;
  /** The page's words for the issue at "segments.<index>.<field>" (or "segments.<index>" with field ""). */
  error: (field: RowField | "") => string | undefined;
  label: (kind: "airport" | "airline", code: string) => string;
  onField: <K extends RowField>(field: K, value: SegmentDraft[K]) => void;
  onPlace: (field: "from" | "to" | "carrier", code: string, label: string | null) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  register: (key: string, el: HTMLElement | null) => void;
}

export function SegmentRow(props: SegmentRowProps) {
  const t = useTranslations("awards.editor");
  const tc = useTranslations("awards.cabins");
  const { id, index, count, segment: s, error } = props;
  const n = index + 1;
  const fid = (field: string) => `seg-${id}-${field}`;
  const reg = (field: string) => (el: HTMLElement | null) => props.register(`${id}:${field}`, el);
  const aria = (field: RowField, hint?: boolean) => {
    const err = error(field);
    const describedBy = [hint ? `${fid(field)}-hint` : null, err ? `${fid(field)}-error` : null].filter(Boolean).join(" ");
    return { "aria-invalid": err ? true : undefined, "aria-describedby": describedBy || undefined } as const;
  };
  const fieldError = (field: RowField) =>
    error(field) ? (
      <span className="field-error" id={`${fid(field)}-error`}>
        {error(field)}
      </span>
    ) : null;
  const rowError = error("");

  return (
    <fieldset className={styles.segment} data-testid={`segment-${index}`} aria-describedby={rowError ? `${fid("row")}-error` : undefined}>
      <legend className={styles.legend}>{t("segment", { n })}</legend>
      <div className={styles.rowTools}>
        <button type="button" className="secondary" ref={reg("up")} aria-label={t("moveUp", { n })} title={t("moveUp", { n })} disabled={index === 0} onClick={() => props.onMove(-1)}>
          ↑
        </button>
        <button type="button" className="secondary" ref={reg("down")} aria-label={t("moveDown", { n })} title={t("moveDown", { n })} disabled={index === count - 1} onClick={() => props.onMove(1)}>
          ↓
        </button>
        <button type="button" className="secondary" ref={reg("remove")} aria-label={t("remove", { n })} title={t("remove", { n })} disabled={count === 1} onClick={props.onRemove}>
          ✕
        </button>
      </div>
      {rowError ? (
        <p className="field-error" id={`${fid("row")}-error`}>
          {rowError}
        </p>
      ) : null}
      <div className={styles.segmentGrid}>
        <PlaceCombobox
          id={fid("from")}
          kind="airport"
          label={t("from")}
          placeholder={t("airportPlaceholder")}
          hint={index === 0 ? t("airportHint") : undefined}
          error={error("from")}
          value={s.from}
          display={props.label("airport", s.from)}
          onCommit={(code, label) => props.onPlace("from", code, label)}
          register={reg("from")}
        />
        <PlaceCombobox
          id={fid("to")}
          kind="airport"
          label={t("to")}
          placeholder={t("airportPlaceholder")}
          error={error("to")}
          value={s.to}
          display={props.label("airport", s.to)}
          onCommit={(code, label) => props.onPlace("to", code, label)}
          register={reg("to")}
        />
        <PlaceCombobox
          id={fid("carrier")}
          kind="airline"
          label={t("carrier")}
          placeholder={t("carrierPlaceholder")}
          hint={index === 0 ? t("carrierHint") : undefined}
          error={error("carrier")}
          value={s.surface ? "" : s.carrier}
          display={s.surface ? "" : props.label("airline", s.carrier)}
          disabled={s.surface}
          onCommit={(code, label) => props.onPlace("carrier", code, label)}
          register={reg("carrier")}
        />
        <div className="field">
          <label htmlFor={fid("cabin")}>{t("cabin")}</label>
          <select id={fid("cabin")} ref={reg("cabin")} value={s.surface ? "" : s.cabin} disabled={s.surface} onChange={(e) => props.onField("cabin", e.target.value)} {...aria("cabin")}>
            <option value="">{t("cabinChoose")}</option>
            {CABINS.map((c) => (
              <option key={c} value={c}>
                {tc(c)}
              </option>
            ))}
          </select>
          {fieldError("cabin")}
        </div>
        <div className={`field ${styles.time}`}>
          <label htmlFor={fid("departs")}>{t("departs")}</label>
          <input id={fid("departs")} ref={reg("departs")} type="datetime-local" value={s.departs} onChange={(e) => props.onField("departs", e.target.value)} {...aria("departs", true)} />
          <span className="hint" id={`${fid("departs")}-hint`}>
            {t("timeHint")}
          </span>
          {fieldError("departs")}
        </div>
        <div className={`field ${styles.time}`}>
          <label htmlFor={fid("arrives")}>{t("arrives")}</label>
          <input id={fid("arrives")} ref={reg("arrives")} type="datetime-local" value={s.arrives} onChange={(e) => props.onField("arrives", e.target.value)} {...aria("arrives", true)} />
          <span className="hint" id={`${fid("arrives")}-hint`}>
            {t("timeHint")}
          </span>
          {fieldError("arrives")}
        </div>
      </div>
      <div className={styles.flags}>
        <div className="field">
          <span className={styles.check}>
            <input id={fid("surface")} ref={reg("surface")} type="checkbox" checked={s.surface} onChange={(e) => props.onField("surface", e.target.checked)} {...aria("surface", true)} />
            <label htmlFor={fid("surface")}>{t("surface")}</label>
          </span>
          <span className="hint" id={`${fid("surface")}-hint`}>
            {t("surfaceHint")}
          </span>
          {fieldError("surface")}
        </div>
        <div className="field">
          <span className={styles.check}>
            <input id={fid("turnaround")} ref={reg("turnaround")} type="checkbox" checked={s.turnaround} onChange={(e) => props.onField("turnaround", e.target.checked)} {...aria("turnaround", true)} />
            <label htmlFor={fid("turnaround")}>{t("turnaround")}</label>
          </span>
          <span className="hint" id={`${fid("turnaround")}-hint`}>
            {t("turnaroundHint")}
          </span>
          {fieldError("turnaround")}
        </div>
      </div>
    </fieldset>
  );
}
