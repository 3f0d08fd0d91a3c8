// Fuzzing every /api/v1 endpoint listed in the OpenAPI document: at least 2,000
// generated requests each (valid, boundary and hostile), with a logged seed so a
// failure can be replayed (TABIJI_FUZZ_SEED=<seed>). Every answer must be 2xx or 4xx,
// errors in the documented shape; never a 5xx.
import { expect, test } from "@playwright/test";
import fc from "fast-check";

const seed = () => Number(process.env.TABIJI_FUZZ_SEED ?? Date.now() % 2 ** 31);
const PER_ENDPOINT = Number(process.env.TABIJI_FUZZ_RUNS ?? 2000);
const CONCURRENCY = 32;

type Op = { method: "get" | "post"; path: string; example: unknown; query: string[] };

const hostileString = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom("", " ", "\u0000", "🛫✈️", "ｎｒｔ", "ＮＲＴ", "成田", "' OR 1=1 --", "<script>alert(1)</script>", "../../etc/passwd", "%00", "NaN", "Infinity", "-1", "1e309", "2023-02-30", "9999-99-99T99:99"),
  fc.string({ minLength: 1000, maxLength: 5000 }),
);
const hostileNumber = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, -1, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 2 ** 53 + 1, 0.5, -0.0));
const deep = (depth: number): unknown => (depth === 0 ? {} : { a: deep(depth - 1) });
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  hostileNumber,
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom({ __proto__: { polluted: true } }, JSON.parse('{"__proto__":{"admin":true}}'), { constructor: { prototype: { x: 1 } } }),
  fc.constant(deep(200)),
  fc.array(fc.integer(), { minLength: 0, maxLength: 3000 }),
  fc.jsonValue({ maxDepth: 4 }),
);

/** The object plus one more own key (JSON.parse makes "__proto__" an own key, as a hostile client would send it). */
function withKey(obj: Record<string, unknown>, key: string, value: unknown): unknown {
  const entries: [string, unknown][] = [[key, value], ...Object.entries(obj)];
  return JSON.parse(`{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v) ?? "null"}`).join(",")}}`);
}

/** Replace, remove or add one field somewhere in a valid example (recursively). */
function mutate(example: unknown): fc.Arbitrary<unknown> {
  if (example && typeof example === "object" && !Array.isArray(example)) {
    const keys = Object.keys(example as object);
    if (!keys.length) return hostileValue;
    return fc.oneof(
      fc.constantFrom(...keys).chain((k) => mutate((example as Record<string, unknown>)[k]).map((v) => ({ ...(example as object), [k]: v }))),
      fc.constantFrom(...keys).map((k) => {
        const copy = { ...(example as Record<string, unknown>) };
        delete copy[k];
        return copy;
      }),
      fc.tuple(fc.constantFrom("__proto__", "constructor", "prototype", "extra", "x".repeat(300)), hostileValue).map(([k, v]) => withKey(example as Record<string, unknown>, k, v)),
    );
  }
  if (Array.isArray(example)) {
    return fc.oneof(
      example.length ? fc.nat({ max: example.length - 1 }).chain((i) => mutate(example[i]).map((v) => example.map((e, j) => (j === i ? v : e)))) : hostileValue,
      fc.constant(Array.from({ length: 40 }, () => example[0] ?? null)),
      fc.constant([]),
      hostileValue,
    );
  }
  return hostileValue;
}

function requests(op: Op): fc.Arbitrary<{ query: string; body?: string }> {
  if (op.method === "get") {
    const param = fc.tuple(fc.constantFrom(...(op.query.length ? op.query : ["q"]), "x", "__proto__"), hostileString);
    return fc.array(param, { maxLength: 4 }).map((pairs) => ({ query: new URLSearchParams(pairs.map(([k, v]) => [k, String(v)])).toString() }));
  }
  const body = fc.oneof(
    { weight: 1, arbitrary: fc.constant(JSON.stringify(op.example)) },
    { weight: 6, arbitrary: mutate(op.example).map((v) => JSON.stringify(v) ?? "null") },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 5 }).map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom("{", "[1,", "{\"a\":}", "\u0000", "null", "")) },
  );
  return body.map((b) => ({ query: "", body: b }));
}

// About 40,000 requests in all: minutes, not seconds, on two cores.
test.describe.configure({ timeout: 45 * 60_000 });

test(`every /api/v1 endpoint survives ${PER_ENDPOINT} generated requests, never a 5xx @pg`, async ({ request }) => {
  const SEED = seed();
  console.log(`fuzz seed: ${SEED} (replay with TABIJI_FUZZ_SEED=${SEED})`);
  const doc = await (await request.get("/api/v1/openapi.json")).json();
  const ops: Op[] = [];
  for (const [path, methods] of Object.entries(doc.paths as Record<string, Record<string, { parameters?: { name: string; in: string; schema?: { examples?: unknown[] } }[]; requestBody?: { content: { "application/json": { example?: unknown } } } }>>)) {
    for (const [method, op] of Object.entries(methods)) {
      const concrete = path.replace(/\{[^}]+\}/g, "JL");
      ops.push({ method: method as "get" | "post", path: concrete, example: op.requestBody?.content["application/json"].example ?? {}, query: (op.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name) });
    }
  }
  expect(ops.length).toBeGreaterThan(5);
  const failures: string[] = [];
  for (const op of ops) {
    const samples = fc.sample(requests(op), { seed: SEED, numRuns: PER_ENDPOINT });
    let statuses = new Map<number, number>();
    for (let i = 0; i < samples.length; i += CONCURRENCY) {
      await Promise.all(
        samples.slice(i, i + CONCURRENCY).map(async (s) => {
          const url = s.query ? `${op.path}?${s.query}` : op.path;
          const res = op.method === "get" ? await request.get(url) : await request.post(url, { data: s.body, headers: { "content-type": "application/json" } });
          const status = res.status();
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          if (status >= 500) failures.push(`${op.method.toUpperCase()} ${url} ${String(s.body).slice(0, 300)} -> ${status} ${(await res.text()).slice(0, 200)}`);
          else if (status >= 400 && status !== 404) {
            const body = await res.json().catch(() => null);
            const shapeOk = body && typeof body.error === "string" && (status !== 400 || (Array.isArray(body.issues) && body.issues.every((i: { path: unknown; message: unknown }) => typeof i.path === "string" && typeof i.message === "string")));
            if (!shapeOk) failures.push(`${op.method.toUpperCase()} ${url} -> ${status} with an undocumented error body`);
          }
        }),
      );
    }
    console.log(`  ${op.method.toUpperCase().padEnd(4)} ${op.path.padEnd(36)} ${[...statuses].sort().map(([s, n]) => `${s}x${n}`).join(" ")}`);
    statuses = new Map();
  }
  expect(failures.slice(0, 20), `seed ${SEED}`).toEqual([]);
});
