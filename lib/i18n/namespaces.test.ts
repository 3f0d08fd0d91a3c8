import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { LAYOUT_NAMESPACES, ROUTE_NAMESPACES, pickMessages } from "./namespaces";
import { loadMessages } from "./messages";

const APP = path.join(process.cwd(), "app");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [full] : [];
  });
}

/** First segment of every namespace a file translates with the hook (client or shared components). */
function hookNamespaces(file: string): string[] {
  return [...readFileSync(file, "utf8").matchAll(/useTranslations\("([A-Za-z]+)/g)].map((m) => m[1]);
}

describe("message namespaces sent to the browser", () => {
  test.each(Object.keys(ROUTE_NAMESPACES))("/%s: every namespace its components translate with the hook is sent", (route) => {
    const sent = new Set<string>([...LAYOUT_NAMESPACES, ...ROUTE_NAMESPACES[route as keyof typeof ROUTE_NAMESPACES]]);
    const used = new Set(files(path.join(APP, route)).flatMap(hookNamespaces));
    expect([...used].filter((ns) => !sent.has(ns))).toEqual([]);
  });

  test("the chrome's client components are covered by the layout's namespaces", () => {
    const chrome = ["language-switch.tsx"].map((f) => path.join(APP, "_components", f)).concat(path.join(APP, "error.tsx"));
    const used = new Set(chrome.flatMap(hookNamespaces));
    expect([...used].filter((ns) => !(LAYOUT_NAMESPACES as readonly string[]).includes(ns))).toEqual([]);
  });

  test("no route outside /admin gets the admin texts; every listed namespace exists", () => {
    const en = loadMessages("en");
    for (const [route, list] of Object.entries(ROUTE_NAMESPACES)) {
      if (route !== "admin") expect(list, route).not.toContain("admin");
      for (const ns of list) expect(en, `${route}: ${ns}`).toHaveProperty(ns);
    }
    expect(LAYOUT_NAMESPACES).not.toContain("admin");
  });

  test("pickMessages keeps only the given namespaces", () => {
    expect(pickMessages({ a: { x: "1" }, b: { y: "2" }, admin: { z: "3" } }, ["a", "missing"])).toEqual({ a: { x: "1" } });
  });
});
