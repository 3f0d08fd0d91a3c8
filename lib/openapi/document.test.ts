import { describe, expect, test } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { buildOpenApiDocument } from "./document";
import { ENDPOINTS } from "./registry";

/** Every route handler under app/api/v1, as "METHOD /api/v1/path/{param}". */
function routesOnDisk(): string[] {
  const root = path.join(process.cwd(), "app/api/v1");
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === "route.ts") {
        const rel = path.relative(root, dir).split(path.sep).map((p) => p.replace(/^\[(.+)\]$/, "{$1}"));
        const source = readFileSync(full, "utf8");
        for (const m of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
          if (new RegExp(`export (const|async function|function) ${m}\\b`).test(source)) out.push(`${m} /api/v1/${rel.join("/")}`);
        }
      }
    }
  };
  walk(root);
  return out.sort();
}

describe("OpenAPI document", () => {
  test("validates as OpenAPI 3.1 with a maintained validator", async () => {
    const result = await new Validator().validate(buildOpenApiDocument() as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test("lists every route handler under app/api/v1, and nothing that does not exist", () => {
    const documented = ENDPOINTS.map((e) => `${e.method} ${e.path}`).sort();
    expect(documented).toEqual(routesOnDisk());
  });

  test("request schemas come from zod: every string has a maximum length and every array a maximum size", () => {
    const doc = buildOpenApiDocument() as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: unknown }> }; parameters?: { schema: unknown }[] }>> };
    const unbounded: string[] = [];
    const visit = (node: unknown, where: string) => {
      if (!node || typeof node !== "object") return;
      const n = node as Record<string, unknown>;
      if (n.type === "string" && n.maxLength === undefined && n.enum === undefined && n.const === undefined && n.format === undefined && n.pattern === undefined) unbounded.push(where);
      if (n.type === "array" && n.maxItems === undefined) unbounded.push(where);
      for (const [k, v] of Object.entries(n)) visit(v, `${where}.${k}`);
    };
    for (const [p, ops] of Object.entries(doc.paths)) {
      for (const [m, op] of Object.entries(ops)) {
        visit(op.requestBody?.content["application/json"].schema, `${m.toUpperCase()} ${p} body`);
        for (const prm of op.parameters ?? []) visit(prm.schema, `${m.toUpperCase()} ${p} param`);
      }
    }
    expect(unbounded).toEqual([]);
  });
});
