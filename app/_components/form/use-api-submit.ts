"use client";
// One form's round trip to the public API: busy while a call is under way, the API's issue
// list after a 400 (shown next to the fields), or the failure's HTTP status (0: no answer).
// A new submit cancels the one before, so a slow old answer never overwrites a newer one.
import { useRef, useState } from "react";
import type { ApiIssue, ApiResult } from "@/lib/client/api";

/** HTTP status of a call that failed other than with a 400; 0 when the network failed. */
export type SubmitFailure = number;

export type SubmitHandlers<T> = {
  onData: (data: T) => void;
  /** After a 400: the issues are stored; a result describing older inputs may be cleared here. */
  onInvalid?: () => void;
};

export function useApiSubmit(initialIssues: readonly ApiIssue[] = []) {
  const [busy, setBusy] = useState(false);
  const [issues, setIssues] = useState<readonly ApiIssue[]>(initialIssues);
  const [failure, setFailure] = useState<SubmitFailure | null>(null);
  const pending = useRef<AbortController | null>(null);

  /** Calls the API with a fresh abort signal; `call` may also do work of its own (e.g. update the URL). */
  async function run<T>(call: (signal: AbortSignal) => Promise<ApiResult<T>>, handlers: SubmitHandlers<T>): Promise<void> {
    pending.current?.abort();
    const controller = new AbortController();
    pending.current = controller;
    setBusy(true);
    setFailure(null);
    try {
      const res = await call(controller.signal);
      if (res.ok) {
        setIssues([]);
        handlers.onData(res.data);
      } else if (res.status === 400) {
        setIssues(res.issues);
        handlers.onInvalid?.();
      } else {
        // Issues from an earlier answer may describe inputs changed since: only the failure is news.
        setIssues([]);
        setFailure(res.status);
      }
    } catch (err) {
      if ((err as Error).name !== "AbortError") {
        setIssues([]);
        setFailure(0);
      }
    } finally {
      if (pending.current === controller) setBusy(false);
    }
  }

  /** Drops the issues `match` picks, e.g. a field's own once the user edits it. */
  function dismiss(match: (issue: ApiIssue) => boolean) {
    setIssues((list) => (list.some(match) ? list.filter((i) => !match(i)) : list));
  }

  return { busy, issues, failure, run, dismiss };
}
