import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import * as z from "zod";
import { ENDPOINTS, curlExample, type Endpoint } from "@/lib/openapi/registry";
import { CopyButton } from "./copy-button";
import styles from "./developers.module.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("developers");
  return { title: t("title") };
}

type Field = { name: string; type: string; required: boolean; description: string };

/** Top-level fields of an object schema, for the parameter tables. */
function fields(schema: z.ZodType | undefined): Field[] {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, p]) => {
    const type = Array.isArray(p.enum) ? (p.enum as unknown[]).map(String).join(" | ") : String(p.type ?? (p.anyOf ? "one of several" : "object"));
    const bounds = [p.minimum !== undefined ? `≥ ${p.minimum}` : "", p.maximum !== undefined ? `≤ ${p.maximum}` : "", p.maxLength !== undefined ? `≤ ${p.maxLength} chars` : "", p.maxItems !== undefined ? `≤ ${p.maxItems} items` : ""]
      .filter(Boolean)
      .join(", ");
    return { name, type: bounds ? `${type} (${bounds})` : type, required: (json.required ?? []).includes(name), description: typeof p.description === "string" ? p.description : "" };
  });
}

function FieldTable({ title, rows, t }: { title: string; rows: Field[]; t: (k: string) => string }) {
  if (!rows.length) return null;
  return (
    <div className="table-wrap" tabIndex={0}>
      <table className={styles.fields}>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t("name")}</th>
            <th scope="col">{t("type")}</th>
            <th scope="col">{t("required")}</th>
            <th scope="col">{t("description")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((f) => (
            <tr key={f.name}>
              <td>
                <code>{f.name}</code>
              </td>
              <td>{f.type}</td>
              <td>{f.required ? t("yes") : t("no")}</td>
              <td>{f.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default async function DevelopersPage() {
  const t = await getTranslations("developers");
  const h = await headers();
  const origin = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost:3000"}`;
  const tags = [...new Set(ENDPOINTS.map((e) => e.tag))];
  const anchor = (e: Endpoint) => `${e.method}-${e.path}`.replace(/[^a-zA-Z0-9]+/g, "-").toLowerCase();
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <ul className={styles.facts}>
        <li>{t("facts.json")}</li>
        <li>{t("facts.errors")}</li>
        <li>{t("facts.limits")}</li>
        <li>{t("facts.cors")}</li>
      </ul>
      <p>
        <a href="/api/v1/openapi.json">{t("openapi")}</a>
      </p>
      <nav aria-label={t("toc")}>
        <ul className={styles.toc}>
          {ENDPOINTS.map((e) => (
            <li key={anchor(e)}>
              <a href={`#${anchor(e)}`}>
                <span className={styles.method}>{e.method}</span> <code>{e.path}</code>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {tags.map((tag) => (
        <section key={tag} aria-labelledby={`tag-${tag}`}>
          <h2 id={`tag-${tag}`}>{t(`tags.${tag}`)}</h2>
          {ENDPOINTS.filter((e) => e.tag === tag).map((e) => {
            const curl = curlExample(e, origin);
            return (
              <article key={anchor(e)} id={anchor(e)} className={styles.endpoint} data-testid="endpoint">
                <h3>
                  <span className={styles.method}>{e.method}</span> <code>{e.path}</code>
                </h3>
                <p>{e.summary}</p>
                {e.description ? <p className="muted">{e.description}</p> : null}
                <FieldTable title={t("pathParameters")} rows={fields(e.params)} t={t} />
                <FieldTable title={t("queryParameters")} rows={fields(e.query)} t={t} />
                <FieldTable title={t("bodyFields")} rows={fields(e.body)} t={t} />
                <div className={styles.example}>
                  <p className={styles.exampleTitle}>{t("example")}</p>
                  <pre>
                    <code data-testid="curl">{curl}</code>
                  </pre>
                  <CopyButton text={curl} label={t("copy")} copiedLabel={t("copied")} />
                </div>
              </article>
            );
          })}
        </section>
      ))}
    </>
  );
}
