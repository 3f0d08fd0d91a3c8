"use client";
// An airport or airline picker following the WAI-ARIA combobox pattern (input with a
// listbox popup): type a code, a city or a name in English or Japanese; the matches of
// GET /api/v1/airports or /api/v1/airlines appear (debounced, earlier requests aborted);
// Up/Down move, Enter or Tab takes the highlighted match, Escape closes then reverts.
// Typing a bare code (HEL, AY) and leaving the field is enough: no need to wait.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import styles from "./awards.module.css";

export type PlaceKind = "airport" | "airline";

export interface PlaceOption {
  code: string;
  /** Shown in the input once chosen: "HEL · Helsinki". */
  label: string;
  /** Shown in the list: the full name and where it is. */
  detail: string;
}

type AirportHit = { iata: string; name: string; nameJa: string | null; city: string; cityJa: string | null; country: string };
type AirlineHit = { code: string; name: string; nameJa: string | null; alliance: string | null };

const DEBOUNCE_MS = 150;
const CODE = { airport: /^[A-Za-z]{3}$/, airline: /^[A-Za-z0-9]{2}$/ };
// Shared by every picker on the page: "hel" is fetched once however often it is typed.
const cache = new Map<string, PlaceOption[]>();

function toOptions(kind: PlaceKind, body: unknown, ja: boolean): PlaceOption[] {
  if (kind === "airport") {
    const list = ((body as { airports?: AirportHit[] }).airports ?? []);
    return list.map((a) => {
      const city = (ja && a.cityJa) || a.city;
      const name = (ja && a.nameJa) || a.name;
      return { code: a.iata, label: `${a.iata} · ${city}`, detail: `${name} · ${city}, ${a.country}` };
    });
  }
  const list = ((body as { airlines?: AirlineHit[] }).airlines ?? []);
  return list.map((a) => {
    const name = (ja && a.nameJa) || a.name;
    return { code: a.code, label: `${a.code} · ${name}`, detail: a.alliance ? `${name} · ${a.alliance}` : name };
  });
}

/** What was typed, as a value: a bare code upper-cased, anything else as is (the schema then says what is wrong). */
function typedValue(kind: PlaceKind, typed: string): string {
  const t = typed.trim();
  return CODE[kind].test(t) ? t.toUpperCase() : t;
}

export function PlaceCombobox(props: {
  id: string;
  kind: PlaceKind;
  label: string;
  hint?: string;
  placeholder?: string;
  error?: string;
  value: string;
  /** Label of the current value ("HEL · Helsinki"); the code alone when unknown. */
  display: string;
  disabled?: boolean;
  onCommit: (code: string, label: string | null) => void;
  register?: (el: HTMLInputElement | null) => void;
}) {
  const { id, kind, value, display, onCommit, register } = props;
  const t = useTranslations("awards.editor");
  const ja = useLocale() === "ja";
  const listId = useId();
  const [text, setText] = useState<string | null>(null); // null: not editing, the input shows `display`
  const [options, setOptions] = useState<{ query: string; list: PlaceOption[] }>({ query: "", list: [] });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState<"idle" | "loading" | "failed">("idle");
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inflight = useRef<AbortController | null>(null);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      inflight.current?.abort();
    },
    [],
  );

  function show(query: string, list: PlaceOption[]) {
    setOptions({ query, list });
    setActive(list.length ? 0 : -1);
    setOpen(true);
    setStatus("idle");
  }

  function search(query: string) {
    clearTimeout(timer.current);
    inflight.current?.abort();
    const q = query.trim();
    if (!q) {
      setOptions({ query, list: [] });
      setOpen(false);
      setStatus("idle");
      return;
    }
    const key = `${kind}:${ja ? "ja" : "en"}:${q.toLowerCase()}`;
    const hit = cache.get(key);
    if (hit) return show(query, hit);
    setStatus("loading");
    setOpen(true);
    timer.current = setTimeout(async () => {
      const controller = new AbortController();
      inflight.current = controller;
      try {
        const res = await fetch(`/api/v1/${kind === "airport" ? "airports" : "airlines"}?${new URLSearchParams({ q: q.slice(0, 60), limit: "8" })}`, { signal: controller.signal });
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        const list = toOptions(kind, await res.json(), ja);
        if (cache.size > 200) cache.clear();
        cache.set(key, list);
        show(query, list);
      } catch (err) {
        if ((err as Error).name === "AbortError") return;
        setOptions({ query, list: [] });
        setStatus("failed");
      }
    }, DEBOUNCE_MS);
  }

  const fresh = text !== null && options.query === text;
  const highlighted = open && fresh && active >= 0 ? options.list[active] : undefined;

  function choose(o: PlaceOption) {
    onCommit(o.code, o.label);
    setText(null);
    setOpen(false);
  }

  function close() {
    clearTimeout(timer.current);
    inflight.current?.abort();
    setOpen(false);
    setStatus("idle");
  }

  /** Leaving the field: take the highlighted match of what was typed, else what was typed. */
  function commit() {
    if (text === null) return;
    if (highlighted) return choose(highlighted);
    onCommit(typedValue(kind, text), null);
    setText(null);
    close();
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const n = options.list.length;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (!fresh || n === 0) {
        if (text === null && value) {
          // Open the list for the current value, so Down works on a filled field.
          e.preventDefault();
          setText(value);
          search(value);
        }
        return;
      }
      e.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(e.key === "ArrowDown" ? 0 : n - 1);
      } else setActive((i) => (e.key === "ArrowDown" ? (i + 1) % n : (i - 1 + n) % n));
    } else if (e.key === "Enter") {
      if (highlighted) {
        e.preventDefault(); // take the match; a second Enter submits the form
        choose(highlighted);
      } else if (text !== null) {
        commit(); // then the form submits with the typed value
      }
    } else if (e.key === "Escape") {
      if (open) {
        e.preventDefault();
        close();
      } else if (text !== null) {
        e.preventDefault();
        setText(null);
      }
    }
    // Tab needs nothing here: leaving the field commits (onBlur).
  }

  const describedBy = [props.hint ? `${id}-hint` : null, props.error ? `${id}-error` : null, `${id}-status`].filter(Boolean).join(" ");
  const statusText =
    status === "loading" ? t("searching") : status === "failed" ? t("searchFailed") : open && fresh ? (options.list.length ? t("matches", { count: options.list.length }) : t("noMatches")) : "";

  return (
    <div className={`field ${styles.combo}`}>
      <label htmlFor={id}>{props.label}</label>
      <div className={styles.comboBox}>
        <input
          ref={register}
          id={id}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open && fresh && options.list.length > 0}
          aria-controls={listId}
          aria-activedescendant={highlighted ? `${listId}-${active}` : undefined}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
          autoComplete="off"
          spellCheck={false}
          maxLength={60}
          placeholder={props.placeholder}
          disabled={props.disabled}
          value={text ?? display}
          onFocus={(e) => e.currentTarget.select()}
          onChange={(e) => {
            setText(e.target.value);
            search(e.target.value);
          }}
          onKeyDown={onKeyDown}
          onBlur={commit}
        />
        <ul id={listId} role="listbox" aria-label={props.label} className={styles.listbox} hidden={!(open && fresh && options.list.length > 0)}>
          {options.list.map((o, i) => (
            <li
              key={o.code}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? styles.optionActive : styles.option}
              // mousedown would blur the input (and commit what was typed) before the click lands.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(o)}
            >
              <strong>{o.code}</strong> <span>{o.detail}</span>
            </li>
          ))}
        </ul>
      </div>
      {props.hint ? (
        <span className="hint" id={`${id}-hint`}>
          {props.hint}
        </span>
      ) : null}
      <span id={`${id}-status`} className="visually-hidden" aria-live="polite">
        {statusText}
      </span>
      {props.error ? (
        <span className="field-error" id={`${id}-error`}>
          {props.error}
        </span>
      ) : null}
    </div>
  );
}
