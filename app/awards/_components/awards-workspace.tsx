"use client";
// The /awards page's interactive frame: the editor, and the results the server rendered
// for the address. A check pushes the new address (the address is the source of truth,
// so a reload or a shared link reopens exactly); while the server re-renders, the old
// results are marked busy and a "Checking…" status is shown. Afterwards focus goes to the
// results, or to the first field the server found wrong.
import { useEffect, useRef, useState, useTransition, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { AwardIssue } from "@/lib/awards/issues";
import type { ItineraryDraft } from "@/lib/awards/url";
import { ItineraryEditor } from "./itinerary-editor";
import styles from "./awards.module.css";
import { useHere } from "@/app/_components/embed/here";

export function AwardsWorkspace(props: {
  /** The canonical query of the address the page rendered (the editor restarts when it changes). */
  query: string;
  /** The open view and valuations (view-url.ts), kept when the itinerary is checked again. */
  viewQuery: string;
  draft: ItineraryDraft;
  labels: Record<string, string>;
  issues: AwardIssue[];
  programs: { code: string; name: string }[];
  /** The Optimize tab is open: the editor's button and hints name it. */
  optimize?: boolean;
  /** One short sentence about the results, announced when they arrive (the block itself is not a live region). */
  announcement?: string;
  children: ReactNode;
}) {
  const t = useTranslations("awards");
  const router = useRouter();
  const here = useHere();
  const [pending, startTransition] = useTransition();
  const [checked, setChecked] = useState(false);
  // Edits not yet checked, for the address they were made on (a new address starts clean).
  const [edited, setEdited] = useState({ query: props.query, dirty: false });
  const dirty = edited.query === props.query && edited.dirty;
  const wasPending = useRef(false);

  function check(query: string) {
    setChecked(true);
    startTransition(() => router.push(here([query, props.viewQuery].filter(Boolean).join("&")), { scroll: false }));
  }

  // When the new results have arrived: take keyboard and screen-reader users to them.
  const { issues } = props;
  useEffect(() => {
    if (wasPending.current && !pending && issues.length === 0) document.getElementById("results-heading")?.focus();
    wasPending.current = pending;
  }, [pending, issues]);

  return (
    <>
      <ItineraryEditor
        key={props.query}
        initialDraft={props.draft}
        labels={props.labels}
        issues={props.issues}
        programs={props.programs}
        pending={pending}
        optimize={props.optimize}
        focusIssues={checked}
        onCheck={check}
        onDirty={(d) => setEdited({ query: props.query, dirty: d })}
      />
      {/* Only this short summary is live: a 4,000-character results block re-read in full helps no one. */}
      <p className="visually-hidden" role="status" data-testid="awards-announcement">
        {pending ? "" : (props.announcement ?? "")}
      </p>
      <div className={pending ? styles.resultsPending : styles.results} aria-busy={pending} data-testid="awards-results">
        {pending ? (
          <p role="status" className={styles.checking}>
            {t("editor.busy")}
          </p>
        ) : dirty ? (
          <p className="hint warn" role="status">
            {/* An address without an itinerary has no results to be "for" it. */}
            {t(props.query ? (props.optimize ? "results.staleOptimize" : "results.stale") : props.optimize ? "results.staleNoneOptimize" : "results.staleNone")}
          </p>
        ) : null}
        {props.children}
      </div>
    </>
  );
}
