// The form-level alerts under a calculator form: "check the highlighted fields" while the
// API has issues, and a failure with no answer (network) or a server error.
import type { ApiIssue } from "@/lib/client/api";
import type { SubmitFailure } from "./use-api-submit";

export type FailureMessages = {
  /** Shown while `issues` is not empty, unless one of them has no path and a message (then that message). */
  general: string;
  network: string;
  server: (status: number) => string;
};

/** The messages from a catalogue with the usual keys errors.general, errors.network and errors.server ({status}). */
export function catalogueFailureMessages(t: (key: "errors.general" | "errors.network" | "errors.server", values?: { status: number }) => string): FailureMessages {
  return { general: t("errors.general"), network: t("errors.network"), server: (status) => t("errors.server", { status }) };
}

export function FormErrors({ issues, failure, messages }: { issues: readonly ApiIssue[]; failure: SubmitFailure | null; messages: FailureMessages }) {
  const pathless = issues.find((i) => i.path === "");
  return (
    <>
      {issues.length > 0 ? (
        <p className="field-error" role="alert">
          {pathless?.message || messages.general}
        </p>
      ) : null}
      {failure !== null ? (
        <p className="field-error" role="alert">
          {failure === 0 ? messages.network : messages.server(failure)}
        </p>
      ) : null}
    </>
  );
}
