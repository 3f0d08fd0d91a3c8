// Headers for every response, shared by next.config.js (what Next answers) and
// scripts/server.mjs (what the server answers itself, before Next: 400, 405, 429, 503).
// CommonJS because next.config.js requires it.
module.exports = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Resource-Policy", value: "same-site" },
];
