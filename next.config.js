// Validates the environment (lib/env.ts) before building or serving, so a bad variable fails fast.
const tsx = require("tsx/cjs/api");
tsx.require("./lib/env.ts", __filename);
const { staticSecurityHeaders } = tsx.require("./lib/http/security-headers.ts", __filename);
const createNextIntlPlugin = require("next-intl/plugin");

// The request's language and messages: lib/http/i18n-request.ts (no locale in the URL; see lib/http/locale.ts).
const withNextIntl = createNextIntlPlugin("./lib/http/i18n-request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // PDFs are rendered, and submissions scored, in worker threads started from bundles built beside
  // the app (lib/workers/bundles.ts). The renderer reads the fonts from computed paths at run time
  // (lib/report/pdf/fonts.ts); the cache key hashes its bundle and the lockfile
  // (lib/report/pdf-cache.ts). The bundler cannot follow such paths: name exactly the files the
  // server reads, so the traced output holds them and nothing else.
  outputFileTracingIncludes: {
    ...Object.fromEntries(
      ["/api/v1/results/[id]/report", "/api/v1/organizations/[id]/report", "/shared/[token]/report"].map((route) => [
        route,
        [
          "./node_modules/@fontsource/{inter,noto-sans-arabic,noto-emoji}/{400.css,emoji-400.css,files/*.woff}",
          "./generated/pdf-worker/worker.mjs",
          "./package-lock.json",
        ],
      ]),
    ),
    "/api/v1/assessments/[token]/submit": ["./generated/scoring-worker/worker.mjs"],
    "/api/v1/score": ["./generated/scoring-worker/worker.mjs"],
  },
  // piscina starts its workers from a file of its own beside its code: it must stay in node_modules, unbundled.
  serverExternalPackages: ["piscina"],
  reactStrictMode: true,
  typedRoutes: false,
  // forbidden() answers 403 with app/forbidden.tsx instead of a 200 page that says no.
  experimental: {
    authInterrupts: true,
    // proxy.ts makes Next buffer request bodies for it (10 MB by default); no route accepts more
    // than 1 MB (lib/http/route.ts), and a body cut at 2 MB is still refused there as too large.
    proxyClientMaxBodySize: "2mb",
  },
  // Headers that never change, on every response including static files; the Content Security
  // Policy carries a per-request nonce, so proxy.ts sets it.
  async headers() {
    return [{ source: "/:path*", headers: staticSecurityHeaders({ production: process.env.NODE_ENV === "production" }) }];
  },
};

module.exports = withNextIntl(nextConfig);
