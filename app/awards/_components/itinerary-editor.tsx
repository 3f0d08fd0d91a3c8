"use client";
// The itinerary editor: a local draft of the segments, programs, price date and BA
// season. "Check" (or Enter) validates the draft with the API's own schema and, when it
// passes, hands the new address to the page, which re-renders the results on the
// server. Issues (the schema's here, the server's data checks from the page) are shown
// next to the field their path names.
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { AwardIssue } from "@/lib/awards/issues";
import { EMPTY_SEGMENT, serializeItinerary, URL_LIMITS, type ItineraryDraft, type SegmentDraft } from "@/lib/awards/url";
import { issuesAt, issueText } from "../_lib/issue-text";
import { validateDraft } from "../_lib/validate";
import { SegmentRow, type RowField } from "./segment-row";
import styles from "./awards.module.css";

type Row = SegmentDraft & { id: number };
interface State {
  rows: Row[];
  programs: string[] | null;
  asOf: string;
  season: string;
}

export interface EditorProps {
  initialDraft: ItineraryDraft;
  /** Labels of the codes in the draft: "airport:HEL" -> "HEL · Helsinki". */
  labels: Record<string, string>;
  issues: AwardIssue[];
  programs: { code: string; name: string }[];
  pending: boolean;
  /** The Optimize tab: the button says what it will do there ("Optimize this itinerary"), not "Check". */
  optimize?: boolean;
  /** Move focus to the first issue when mounted (after a check the server rejected). */
  focusIssues: boolean;
  onCheck: (query: string) => void;
  /** Told whether the draft still matches the address (results shown are for the address). */
  onDirty: (dirty: boolean) => void;
}

/** The browser's local date as YYYY-MM-DD (the booking date when the field is left empty). */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

function toDraft(s: State): ItineraryDraft {
  return { segments: s.rows.map(({ id: _id, ...seg }) => seg), programs: s.programs, asOf: s.asOf, season: s.season };
}

export function ItineraryEditor(props: EditorProps) {
  const t = useTranslations("awards");
  const locale = useLocale();
  const initial: State = {
    rows: (props.initialDraft.segments.length ? props.initialDraft.segments : [EMPTY_SEGMENT]).map((s, i) => ({ ...s, id: i })),
    programs: props.initialDraft.programs,
    asOf: props.initialDraft.asOf,
    season: props.initialDraft.season,
  };
  const [state, setState] = useState<State>(initial);
  // The latest state for event handlers: a combobox commits on Enter just before the form submits.
  const current = useRef<State>(initial);
  const nextId = useRef(initial.rows.length);
  const [issues, setIssues] = useState<AwardIssue[]>(props.issues);
  const [labels, setLabels] = useState(props.labels);
  const elements = useRef(new Map<string, HTMLElement>());
  const focusNext = useRef<string | null>(null);

  const initialQuery = serializeItinerary(props.initialDraft);
  const update = (fn: (s: State) => State) => {
    current.current = fn(current.current);
    setState(current.current);
    props.onDirty(serializeItinerary(toDraft(current.current)) !== initialQuery);
  };
  const register = (key: string, el: HTMLElement | null) => {
    if (el) elements.current.set(key, el);
    else elements.current.delete(key);
  };

  // Focus requested by a handler lands after the render that created or moved the element.
  useEffect(() => {
    if (!focusNext.current) return;
    const el = elements.current.get(focusNext.current);
    focusNext.current = null;
    el?.focus();
  });

  const byPath = issuesAt(issues);
  const words = (issue: AwardIssue | undefined) => {
    if (!issue) return undefined;
    const w = issueText(issue, locale);
    return "key" in w ? t(w.key) : w.text;
  };
  const dropIssues = (prefix: string) => setIssues((list) => list.filter((i) => i.path !== prefix && !i.path.startsWith(`${prefix}.`)));

  /** The element an issue path names ("segments.1.arrives" -> that row's arrival input). */
  function elementFor(path: string): HTMLElement | undefined {
    const m = /^segments\.(\d+)(?:\.(\w+))?/.exec(path);
    if (m) {
      const row = current.current.rows[Number(m[1])];
      return row ? elements.current.get(`${row.id}:${m[2] ?? "from"}`) : undefined;
    }
    if (path === "segments") return elements.current.get("add");
    if (path.startsWith("programs")) return elements.current.get("program:0");
    return elements.current.get(path);
  }

  function focusIssue(list: AwardIssue[]) {
    for (const issue of list) {
      const el = elementFor(issue.path);
      if (el) return el.focus();
    }
  }

  // After a check the server turned down, start at the first field to correct.
  const { focusIssues } = props;
  useEffect(() => {
    if (focusIssues && props.issues.length) focusIssue(props.issues);
    // Only on mount: the editor is re-mounted for every new address.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function setField<K extends RowField>(index: number, field: K, value: SegmentDraft[K]) {
    update((s) => ({
      ...s,
      rows: s.rows.map((r, i) => {
        if (i === index) return { ...r, [field]: value };
        // One turnaround at most: marking one clears the others.
        if (field === "turnaround" && value === true) return { ...r, turnaround: false };
        return r;
      }),
    }));
    dropIssues(`segments.${index}.${field}`);
    if (field === "turnaround" || field === "surface") dropIssues("segments");
  }

  function setPlace(index: number, field: "from" | "to" | "carrier", code: string, label: string | null) {
    if (label) setLabels((l) => ({ ...l, [`${field === "carrier" ? "airline" : "airport"}:${code}`]: label }));
    if (current.current.rows[index]?.[field] !== code) setField(index, field, code);
  }

  function move(index: number, delta: -1 | 1) {
    const rows = [...current.current.rows];
    const j = index + delta;
    if (j < 0 || j >= rows.length) return;
    [rows[index], rows[j]] = [rows[j], rows[index]];
    update((s) => ({ ...s, rows }));
    setIssues([]); // paths name positions, which just changed
    // Keep focus on the button pressed; at the end of the list it is disabled, so take the other one.
    const sameEnabled = delta === -1 ? j > 0 : j < rows.length - 1;
    const pressed = delta === -1 ? "up" : "down";
    focusNext.current = `${rows[j].id}:${sameEnabled ? pressed : pressed === "up" ? "down" : "up"}`;
  }

  function remove(index: number) {
    const rows = current.current.rows.filter((_, i) => i !== index);
    if (!rows.length) return;
    update((s) => ({ ...s, rows }));
    setIssues([]);
    focusNext.current = `${rows[Math.min(index, rows.length - 1)].id}:from`;
  }

  function add() {
    const rows = current.current.rows;
    if (rows.length >= URL_LIMITS.maxSegments) return;
    const last = rows[rows.length - 1];
    // A new segment starts where the last one ended, on the same airline and cabin.
    const row: Row = { ...EMPTY_SEGMENT, id: nextId.current++, from: last?.to ?? "", carrier: last && !last.surface ? last.carrier : "", cabin: last && !last.surface ? last.cabin : "" };
    update((s) => ({ ...s, rows: [...s.rows, row] }));
    dropIssues("segments");
    focusNext.current = `${row.id}:${row.from ? "to" : "from"}`;
  }

  function toggleProgram(code: string, on: boolean) {
    const all = props.programs.map((p) => p.code);
    const chosen = new Set(current.current.programs ?? all);
    if (on) chosen.add(code);
    else chosen.delete(code);
    const list = all.filter((c) => chosen.has(c));
    // Every program ticked = the default: the address stays short.
    update((s) => ({ ...s, programs: list.length === all.length ? null : list }));
    dropIssues("programs");
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const draft = toDraft(current.current);
    const problems = validateDraft(draft);
    setIssues(problems);
    if (problems.length) return focusIssue(problems);
    // No booking date given: booked today, in the traveller's own time zone.
    props.onCheck(serializeItinerary(draft.asOf ? draft : { ...draft, asOf: localToday() }));
  }

  const chosen = new Set(state.programs ?? props.programs.map((p) => p.code));
  const rowError = (index: number) => (field: RowField | "") => words(byPath.get(field ? `segments.${index}.${field}` : `segments.${index}`));
  const label = (kind: "airport" | "airline", code: string) => (code ? labels[`${kind}:${code}`] ?? code : "");
  const placed = (path: string) => /^segments(\.\d+(\.\w+)?)?$/.test(path) || path.startsWith("programs") || path === "asOf" || path === "season";
  const unplaced = issues.filter((i) => !placed(i.path));

  return (
    <form className={`calc ${styles.editor}`} onSubmit={submit} aria-label={t("editor.label")} noValidate>
      <h2 className={styles.editorHeading}>{t("editor.heading")}</h2>
      {byPath.get("segments") ? <p className="field-error">{words(byPath.get("segments"))}</p> : null}
      {state.rows.map((row, index) => {
        const { id, ...segment } = row;
        return (
          <SegmentRow
            key={id}
            id={id}
            index={index}
            count={state.rows.length}
            segment={segment}
            error={rowError(index)}
            label={label}
            onField={(field, value) => setField(index, field, value)}
            onPlace={(field, code, l) => setPlace(index, field, code, l)}
            onMove={(delta) => move(index, delta)}
            onRemove={() => remove(index)}
            register={register}
          />
        );
      })}
      <div>
        <button type="button" className="secondary" ref={(el) => register("add", el)} onClick={add} disabled={state.rows.length >= URL_LIMITS.maxSegments} aria-describedby="awards-add-hint">
          + {t("editor.add")}
        </button>{" "}
        <span className="hint" id="awards-add-hint">
          {t("editor.addHint")}
        </span>
      </div>

      <div className="form-row">
        <fieldset className={styles.programs} aria-describedby={byPath.get("programs") ? "awards-programs-error" : undefined}>
          <legend>{t("editor.programs")}</legend>
          {props.programs.map((p, i) => (
            <span key={p.code} className={styles.check}>
              <input id={`awards-program-${p.code}`} ref={(el) => register(`program:${i}`, el)} type="checkbox" checked={chosen.has(p.code)} onChange={(e) => toggleProgram(p.code, e.target.checked)} />
              <label htmlFor={`awards-program-${p.code}`}>{p.name}</label>
            </span>
          ))}
          {byPath.get("programs") ? (
            <span className="field-error" id="awards-programs-error">
              {words(byPath.get("programs"))}
            </span>
          ) : null}
        </fieldset>
        <div className="field">
          <label htmlFor="awards-asof">{t("editor.asOf")}</label>
          <input
            id="awards-asof"
            ref={(el) => register("asOf", el)}
            type="date"
            value={state.asOf}
            onChange={(e) => {
              const v = e.target.value;
              update((s) => ({ ...s, asOf: v }));
              dropIssues("asOf");
            }}
            aria-invalid={byPath.get("asOf") ? true : undefined}
            aria-describedby={`awards-asof-hint${byPath.get("asOf") ? " awards-asof-error" : ""}`}
          />
          <span className="hint" id="awards-asof-hint">
            {t("editor.asOfHint")}
          </span>
          {byPath.get("asOf") ? (
            <span className="field-error" id="awards-asof-error">
              {words(byPath.get("asOf"))}
            </span>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="awards-season">{t("editor.season")}</label>
          <select
            id="awards-season"
            ref={(el) => register("season", el)}
            value={state.season}
            onChange={(e) => {
              const v = e.target.value;
              update((s) => ({ ...s, season: v }));
              dropIssues("season");
            }}
            aria-invalid={byPath.get("season") ? true : undefined}
            aria-describedby={byPath.get("season") ? "awards-season-error" : undefined}
          >
            <option value="">{t("editor.seasonDefault")}</option>
            <option value="offpeak">{t("editor.seasonOffpeak")}</option>
            <option value="peak">{t("editor.seasonPeak")}</option>
          </select>
          {byPath.get("season") ? (
            <span className="field-error" id="awards-season-error">
              {words(byPath.get("season"))}
            </span>
          ) : null}
        </div>
      </div>

      {issues.length ? (
        <div role="alert" className="field-error">
          <p className={styles.alertLine}>{t("editor.fixErrors")}</p>
          {unplaced.map((i, k) => (
            <p key={k} className={styles.alertLine}>
              {words(i)}
            </p>
          ))}
        </div>
      ) : null}
      <div>
        <button type="submit" disabled={props.pending} aria-busy={props.pending}>
          {props.pending ? t("editor.busy") : props.optimize ? t("editor.submitOptimize") : t("editor.submit")}
        </button>
      </div>
    </form>
  );
}
