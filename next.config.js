// Validates the environment (lib/env.ts) before building or serving, so a bad variable fails fast.
require("tsx/cjs/api").require("./lib/env.ts", __filename);

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // forbidden() answers 403 with app/forbidden.tsx instead of a 200 page that says no.
  experimental: { authInterrupts: true },
};

module.exports = nextConfig;
