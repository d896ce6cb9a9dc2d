/**
 * The security headers of every response. proxy.ts sets the Content Security Policy, which
 * carries a fresh nonce per request; next.config.js sets the rest, which never change, so that
 * static files get them too. No imports: next.config.js loads this file outside Next's bundler.
 */

export interface HeaderPair {
  key: string;
  value: string;
}

/** 128 random bits, base64: unguessable, and free of characters Next refuses in a nonce. */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

export function contentSecurityPolicy(nonce: string, options: { development: boolean }): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // Next reads the nonce from this policy and puts it on its own scripts; 'strict-dynamic' lets
    // those scripts load the page's chunks. React's development build needs eval for its stacks.
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(options.development ? ["'unsafe-eval'"] : [])],
    // Next injects <style> tags (fonts, route announcer) and React renders style attributes,
    // neither with a nonce, so styles stay inline-allowed; injected CSS cannot run script.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "frame-ancestors": ["'none'"],
    "form-action": ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/** Powerful features the app never uses, denied to the page and to anything it might embed. */
const DENIED_FEATURES = [
  "accelerometer",
  "autoplay",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "serial",
  "usb",
  "xr-spatial-tracking",
  "browsing-topics",
];

export function staticSecurityHeaders(options: { production: boolean }): HeaderPair[] {
  const headers: HeaderPair[] = [
    { key: "X-Content-Type-Options", value: "nosniff" },
    // Pages whose URL carries a token lower this to no-referrer through their metadata.
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: DENIED_FEATURES.map((feature) => `${feature}=()`).join(", ") },
    // For browsers that predate frame-ancestors.
    { key: "X-Frame-Options", value: "DENY" },
  ];
  // Only in production: in development the app is served over plain http on localhost.
  if (options.production) headers.push({ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" });
  return headers;
}
