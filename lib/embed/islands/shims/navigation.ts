// next/navigation for embed islands (see lib/embed/islands/README.md). An embed is a
// plain page with no client router, so moving to another address is a real navigation:
// the embed's route handler computes the answer for the new address on the server,
// exactly as a Next page would for router.push.
export function usePathname(): string {
  return window.location.pathname;
}

export function useSearchParams(): URLSearchParams {
  return new URLSearchParams(window.location.search);
}

const router = {
  push: (href: string) => window.location.assign(href),
  replace: (href: string) => window.location.replace(href),
  refresh: () => window.location.reload(),
  back: () => window.history.back(),
  forward: () => window.history.forward(),
  prefetch: () => undefined,
};

export function useRouter(): typeof router {
  return router;
}
