// Bundles lib/embed/parent/embed-script.ts (with its zod/mini validation) into
// public/embed.js, the script bloggers load next to an embed's iframe.
import { build } from "esbuild";

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
