import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

// Content-Security-Policy for statically rendered pages. Pages are prerendered once
// and served to everyone, so a per-request nonce is impossible; Next's inline
// bootstrap scripts (the RSC payload in `self.__next_f.push(…)`) then need
// 'unsafe-inline' for scripts. Everything else is locked to this origin: no
// third-party scripts, styles, images, fonts or connections, no plugins, no <base>
// rewriting, forms only to this origin, and no framing. `next dev` also needs eval
// for React Refresh, so only development relaxes script-src further.
const isDevelopment = process.env.NODE_ENV === "development";
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDevelopment ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  // No `data:`: the app has no inline images, and Next compiles every header value
  // containing ':' through path-to-regexp on each request (a measurable cost).
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

// Sent with every response: pages, API answers, static files and 404s (and, from the
// production server itself, its refusals and the answers Next gives without them: server/worker.ts).
export const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // The app needs none of these powerful features; deny them to every frame.
  {
    key: "Permissions-Policy",
    value: "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()",
  },
  // frame-ancestors 'none' is the modern form; X-Frame-Options covers older browsers.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Next hashes the whole HTML of a prerendered page in JavaScript on every request to
  // make its ETag: a fifth of the server's CPU per page view under load (cpu profile).
  // The pages change only with a deploy, so the revalidation an ETag would save is small.
  generateEtags: false,
  // Separate build folders let several builds (parallel work, benchmarks) coexist.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
