// The audit trail as a table: when, who, what, on which record, and the values before
// and after (JSON, folded away until asked for).
import { getTranslations } from "next-intl/server";
import type { AuditView } from "@/lib/admin/audit-read";
import styles from "../admin.module.css";
import { ImportRollback } from "./import-rollback";

const ACTIONS = ["chart.publish", "chart.rollback", "table.import", "table.rollback", "session.signIn", "session.signInFailed", "session.signOut", "session.signInThrottled", "admin.create", "admin.resetPassword", "admin.unlock"] as const;

function Json({ value }: { value: unknown }) {
  return <pre className={styles.json}>{JSON.stringify(value, null, 2)}</pre>;
}

export async function AuditTable({ entries }: { entries: AuditView[] }) {
  const t = await getTranslations("admin.audit");
  const actionLabel = (a: string) => ((ACTIONS as readonly string[]).includes(a) ? t(`actions.${a.replace(".", "_")}`) : a);
  return (
    <div className="table-wrap" tabIndex={0}>
      <table data-testid="audit-table">
        <thead>
          <tr>
            <th scope="col">{t("at")}</th>
            <th scope="col">{t("actor")}</th>
            <th scope="col">{t("client")}</th>
            <th scope="col">{t("action")}</th>
            <th scope="col">{t("entity")}</th>
            <th scope="col">{t("change")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td className={styles.nowrap}>
                <time dateTime={e.at}>{e.at.slice(0, 16).replace("T", " ")} UTC</time>
              </td>
              <td className={styles.key}>{e.actor}</td>
              <td>{e.ip ?? "—"}</td>
              <td>{actionLabel(e.action)}</td>
              <td>
                <code>{e.entity}</code> <span className={styles.key}>{e.entityKey}</span>
              </td>
              <td>
                {e.before === null && e.after === null ? (
                  <span className="muted">—</span>
                ) : (
                  <details>
                    <summary>{t("show")}</summary>
                    <div className={styles.beforeAfter}>
                      <div>
                        <h3>{t("before")}</h3>
                        <Json value={e.before} />
                      </div>
                      <div>
                        <h3>{t("after")}</h3>
                        <Json value={e.after} />
                      </div>
                    </div>
                  </details>
                )}
                {e.action === "table.import" ? <ImportRollback table={e.entityKey} auditId={e.id} rolledBackBy={e.rolledBackBy ?? null} /> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
