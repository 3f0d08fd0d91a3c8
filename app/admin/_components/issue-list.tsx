"use client";
// Every problem the server found, as a table a person can work down: row, column, problem.
import { useTranslations } from "next-intl";
import { useProblemText, type ShownIssue } from "./problem-text";

export function IssueList({ issues, fields = {} }: { issues: ShownIssue[]; fields?: Record<string, string> }) {
  const t = useTranslations("admin.issues");
  const text = useProblemText();
  if (!issues.length) return null;
  return (
    <div role="alert" data-testid="issues">
      <p className="bad">
        <strong>{t("heading", { count: issues.length })}</strong>
      </p>
      <div className="table-wrap" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col" className="num">{t("row")}</th>
              <th scope="col">{t("column")}</th>
              <th scope="col">{t("problem")}</th>
            </tr>
          </thead>
          <tbody>
            {issues.map((i, n) => (
              <tr key={n}>
                <td className="num">{i.row ?? "—"}</td>
                <td>{i.column ?? (i.row === undefined ? fields[i.path] ?? i.path : "—")}</td>
                <td data-code={i.code}>{text(i).replace(/^Row \d+(, column [^:]+)?: /, "")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
