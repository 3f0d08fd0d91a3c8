// Security headers (engineering guide §3). Pure so that proxy.ts and the tests share
// one definition. Only /embed/** may be framed, by any site.
export function isEmbedPath(pathname: string): boolean {
  return pathname === "/embed" || pathname.startsWith("/embed/");
}

export function contentSecurityPolicy(opts: { nonce: string; embed: boolean; dev: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${opts.nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes are used by charts and maps (no user input reaches them).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${opts.embed ? "*" : "'none'"}`,
    // The embed previews on calculator pages frame our own /embed pages.
    "frame-src 'self'",
  ];
  return directives.join("; ");
}
