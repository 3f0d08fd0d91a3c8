// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

// Headers for every response (pages also get a per-request CSP from proxy.ts).
const baseline = require("./lib/security/baseline-headers.cjs");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Types are checked by `npm run typecheck` (part of `npm test`), once, for the whole repo.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ["@prisma/adapter-better-sqlite3", "better-sqlite3", "@prisma/adapter-pg", "pg"],
  async headers() {
    return [
      { source: "/:path*", headers: baseline },
      // Everything but /embed/** refuses to be framed (CSP frame-ancestors does the same
      // for browsers that read it; X-Frame-Options for those that do not).
      { source: "/:path((?!embed(?:/|$)).*)", headers: [{ key: "X-Frame-Options", value: "DENY" }] },
      // Pages keep other sites' windows out of reach (window.opener and the like).
      { source: "/:path((?!api/).*)", headers: [{ key: "Cross-Origin-Opener-Policy", value: "same-origin" }] },
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'" }],
      },
      // Embeds and the resize script are loaded by other sites' pages.
      { source: "/embed/:path*", headers: [{ key: "Cross-Origin-Resource-Policy", value: "cross-origin" }] },
      // The route map is an image blogs embed with <img>.
      { source: "/api/v1/awards/map.svg", headers: [{ key: "Cross-Origin-Resource-Policy", value: "cross-origin" }] },
      // Embed islands: content-hashed names (scripts/build-embed.mjs), so they never change.
      { source: "/islands/:file((?!manifest\\.json$).*)", headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }] },
      {
        source: "/embed.js",
        headers: [
          { key: "Cross-Origin-Resource-Policy", value: "cross-origin" },
          { key: "Cache-Control", value: "public, max-age=3600" },
        ],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
