// Builds what embeds load, with esbuild (before `next build` / `next dev`):
//  - public/embed.js: lib/embed/parent/embed-script.ts (with its zod/mini validation),
//    the script bloggers load next to an embed's iframe;
//  - public/islands/: one script (and stylesheet) per app/embed/<name>/island.tsx, the
//    calculator's own React components rendered by Preact (aliased as react/react-dom),
//    so an embed does not load Next's client runtime; plus manifest.json, which the
//    embed's route handler reads: the files' hashed names and the message namespaces
//    the island's components use (so only those messages are sent).
import { build } from "esbuild";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

await build({
  entryPoints: ["lib/embed/parent/embed-script.ts"],
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2019"],
  outfile: "public/embed.js",
  legalComments: "none",
  logLevel: "warning",
});

const islands = readdirSync("app/embed", { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path.join("app/embed", d.name, "island.tsx")))
  .map((d) => d.name);

/** A client bundle must never pull in server code: fail the build instead. */
const noServerCode = {
  name: "no-server-code",
  setup(b) {
    b.onResolve({ filter: /^(server-only|@prisma\/.*|node:.*|next\/headers|next-intl\/server)$/ }, (args) => ({
      errors: [{ text: `${args.path} imported by ${args.importer}: embed islands run in the browser` }],
    }));
  },
};

/**
 * Our own modules have no side effects at import (schemas are built at the top level of
 * modules, but only ever used through their exports): saying so lets esbuild drop a
 * calculator's zod schemas when the island only uses, say, its pricing function.
 * Stylesheets keep their side effect (they are imported for it).
 */
const projectModulesArePure = {
  name: "project-modules-are-pure",
  setup(b) {
    b.onResolve({ filter: /^(@\/|\.\.?\/)/ }, async (args) => {
      if (args.pluginData?.pure) return undefined;
      const r = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: { pure: true } });
      if (r.errors.length || r.path.includes(`${path.sep}node_modules${path.sep}`) || r.path.endsWith(".css")) return r;
      return { ...r, sideEffects: false };
    });
  },
};

const outdir = "public/islands";
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
const result = await build({
  entryPoints: Object.fromEntries(islands.map((name) => [name, `app/embed/${name}/island.tsx`])),
  bundle: true,
  minify: true,
  format: "esm",
  target: ["es2020"],
  outdir,
  entryNames: "[name]-[hash]",
  jsx: "automatic",
  alias: {
    react: "preact/compat",
    "react-dom": "preact/compat",
    "next-intl": "use-intl",
    "next/navigation": "./lib/embed/islands/shims/navigation.ts",
    "next/link": "./lib/embed/islands/shims/link.tsx",
  },
  define: { "process.env.NODE_ENV": '"production"' },
  plugins: [noServerCode, projectModulesArePure],
  metafile: true,
  legalComments: "none",
  logLevel: "warning",
});

const manifest = {};
for (const [file, output] of Object.entries(result.metafile.outputs)) {
  if (!output.entryPoint || !file.endsWith(".js")) continue;
  const name = path.basename(path.dirname(output.entryPoint));
  const namespaces = new Set(["embed"]);
  for (const input of Object.keys(output.inputs)) {
    if (input.includes("node_modules") || !/\.(tsx?|jsx?)$/.test(input)) continue;
    for (const m of readFileSync(input, "utf8").matchAll(/useTranslations\(\s*"([A-Za-z]+)/g)) namespaces.add(m[1]);
  }
  manifest[name] = {
    js: `/${path.relative("public", file)}`,
    css: output.cssBundle ? `/${path.relative("public", output.cssBundle)}` : null,
    namespaces: [...namespaces].sort(),
  };
}
if (process.env.TABIJI_ISLAND_META) writeFileSync(process.env.TABIJI_ISLAND_META, JSON.stringify(result.metafile));
writeFileSync(path.join(outdir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
