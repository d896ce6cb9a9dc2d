// Validates the environment (lib/env.ts) before building or serving, so a bad variable fails fast.
require("tsx/cjs/api").require("./lib/env.ts", __filename);

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
};

module.exports = nextConfig;
